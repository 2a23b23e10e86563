-- the referral a contact came from: a referral merged into a known lead is named in that lead's erasure
alter table lead_contact add column referral_id uuid;
