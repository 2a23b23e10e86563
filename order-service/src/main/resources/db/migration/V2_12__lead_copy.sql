-- The customer copy becomes the platform's LeadCopy (docs/reliability.md, item 12): keyed by dealer and
-- lead, so an event of one dealer cannot touch another dealer's copy; the time of the assignment it
-- holds is kept, so an older assignment arriving late does not replace a newer one. Existing rows keep
-- their consultant with no time: the next assignment announced replaces it.
alter table customer add column assigned_at timestamptz;
alter table customer drop constraint customer_pkey;
alter table customer add primary key (dealer_id, lead_id);
