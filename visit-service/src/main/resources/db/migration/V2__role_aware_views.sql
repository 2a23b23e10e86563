-- Hardening (issue 15, item 2): what the service keeps of a visitor's contact and of a driving licence.

-- A visit linked to a lead keeps no copy of the contact: the lead (lead-service) holds it. The name stays,
-- for the reception's list of the day.
update visit set contact_phone = null, contact_email = null where lead_id is not null;

-- The driving licence (in China the national ID number) is kept as checked (by, at, expiry) and its last
-- four characters only; a number too short to keep four characters of without keeping it whole keeps none.
alter table test_drive add column licence_last4 varchar(4);
update test_drive set licence_last4 = right(licence_number, 4) where length(licence_number) > 4;
alter table test_drive drop column licence_number;

-- Answers kept for Idempotency-Key replays held the whole number; a replay must not bring it back.
delete from idempotency_record where body like '%"licence":{"number":"%';
