-- The lead lead-service made of a referred person (from lead.created), so that person's own erasure
-- reaches the referral that holds their name and phone.
alter table referral add column referred_lead_id uuid;
create index referral_referred on referral (dealer_id, referred_lead_id) where referred_lead_id is not null;
