-- AppointmentReminders looks across dealers, every 5 minutes, for booked appointments to remind or to close as
-- missed: with no index on the status it read the whole table (every invitation and appointment of every dealer, ever)
-- on every run. Booked appointments are few (each is reminded, attended or closed within hours of its time).
create index appointment_booked on appointment (scheduled_at) where status = 'BOOKED';
