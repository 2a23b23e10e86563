-- known_lead becomes the platform's LeadCopy (docs/reliability.md, item 12): keyed by dealer and lead, so
-- an event of one dealer cannot touch another dealer's copy; the time of the assignment it holds (until now
-- updated_at) decides which assignment is newer; a version lets two consumers writing one row retry.
alter table known_lead add column assigned_at timestamptz;
alter table known_lead add column version bigint not null default 0;
update known_lead set assigned_at = updated_at where consultant_id is not null;
alter table known_lead drop column updated_at;
alter table known_lead drop constraint known_lead_pkey;
alter table known_lead add primary key (dealer_id, lead_id);
