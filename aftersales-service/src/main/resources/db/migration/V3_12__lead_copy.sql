-- The customer copy becomes the platform's LeadCopy (docs/reliability.md, item 12): keyed by dealer and
-- lead, so an event of one dealer cannot touch another dealer's copy; the time of the assignment it holds
-- decides which is newer; the erasure is a time, as in every service. A placeholder row starts as a prospect.
alter table customer add column assigned_at timestamptz;
alter table customer add column erased_at timestamptz;
update customer set erased_at = now() where erased;
alter table customer drop column erased;
alter table customer alter column status set default 'PROSPECT';
alter table customer drop constraint customer_pkey;
alter table customer add primary key (dealer_id, lead_id);
