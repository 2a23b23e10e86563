-- The response check (every minute) looks for the leads not contacted, checked or erased, created within the horizon
-- (7 days): first across dealers, then each dealer's. lead_dealer_first_contact held every lead never contacted
-- (lost, erased, already checked) forever, and the look-up across dealers has no dealer to lead it with: each run
-- read that whole history. This one holds only the leads still waiting (a lead leaves it once contacted, checked or
-- erased); created_at first bounds a run by the horizon (what is left in it, e.g. a lost lead of another channel,
-- falls behind), dealer_id second picks a dealer's without reading the others' rows. The predicates are literals, so
-- a generic plan uses it too. Nothing else asks for the leads never contacted: the old index goes.
create index lead_response_due on lead (created_at, dealer_id)
    where first_contact_at is null and response_checked_at is null and erased_at is null;
drop index lead_dealer_first_contact;
