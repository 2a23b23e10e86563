-- The signing's checkpoint (docs/process.md, step 8; seed 002: after the close, ask for referrals).
-- Orders signed before it was recorded keep null: neither met nor missed.
alter table sales_order add column referrals_asked boolean;
