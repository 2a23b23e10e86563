-- A contact from the public form or a referral that matches a known person changes nothing by itself:
-- it waits as a pending contact request until staff confirm it (the details are then applied) or dismiss it.
-- RECORDED: a contact that needs no decision (a new lead's first contact, staff's own captures).
alter table lead_contact add column status varchar(16) not null default 'RECORDED';
alter table lead_contact add column model_of_interest varchar(100);
alter table lead_contact add column referrer_lead_id uuid;
-- what the form or the referral claimed; kept for the record, never applied to a known person
alter table lead_contact add column consent_offered_at timestamptz;
alter table lead_contact add column decided_by varchar(100);
alter table lead_contact add column decided_at timestamptz;
create index lead_contact_pending on lead_contact (dealer_id, occurred_at) where status = 'PENDING';
create index lead_contact_lead_time on lead_contact (lead_id, occurred_at);
