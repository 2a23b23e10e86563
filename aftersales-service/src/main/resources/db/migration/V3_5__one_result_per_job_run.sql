-- A scheduled job that runs on two replicas at once must not do its work twice: the database refuses the
-- double whatever the job lock does.

-- One escalation per complaint (there is one level: the dealer's managers). The version of the complaint
-- kept a second escalation from committing before, so no existing complaint has two.
create unique index complaint_note_one_escalation on complaint_note (complaint_id) where kind = 'ESCALATION';

-- One periodic survey per customer and month: the month (its first day, UTC) the periodic job made it for.
-- The shortest period is one month, so a second one in the same month can only be a double. Surveys made
-- before (possibly doubled by two replicas) and by staff have none and are left as they are.
alter table survey add column periodic_month date;
create unique index survey_one_periodic_a_month on survey (dealer_id, lead_id, periodic_month)
    where periodic_month is not null;
