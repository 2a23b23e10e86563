-- Referrals as seed 002 has them (docs/process.md, steps 8 and 10).
-- The visit agreed with a referred person on the spot (visit-service books it once the person's lead exists).
alter table referral add column appointment_at timestamptz;
-- The referred leads' conversion: the first walk-in of a lead (from visit.recorded).
alter table customer add column first_visit_at timestamptz;
-- The call's referral checkpoint (on the dealer's referral-ask days, default D+3 and D+7).
alter table call_attempt add column referrals_asked boolean;
alter table aftersales_settings add column referral_ask_days text not null default '3,7';

-- Each time a customer should have been asked for referrals, and whether they were: at signing (order.signed's
-- referralsAsked) and on a reached call-back of a referral-ask day. One per occasion and source (the order, the
-- call-back): a redelivered event or a second call records nothing more.
create table referral_ask (
    id             uuid primary key,
    dealer_id      text not null,
    lead_id        uuid not null,
    consultant_id  text,
    occasion       text not null,               -- SIGNING or CALL
    source_id      uuid not null,               -- the order or the call-back
    day_offset     int,                         -- the call-back's D+n
    asked          boolean not null,
    asked_at       timestamptz not null,
    unique (dealer_id, occasion, source_id)
);
create index referral_ask_day on referral_ask (dealer_id, asked_at);
