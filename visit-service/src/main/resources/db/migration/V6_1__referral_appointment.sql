-- A referred person's showroom visit agreed on the spot (docs/process.md, step 10; seed 002: call the person at
-- once and agree a time and place). referral.received brings the time, lead.created (with referralId) the lead:
-- they come in any order; the appointment is booked once both are known, and only once.
create table referral_appointment (
    dealer_id       varchar(64) not null,
    referral_id     uuid        not null,
    referrer_lead_id uuid,
    scheduled_at    timestamptz,
    lead_id         uuid,
    consultant_id   varchar(100),
    appointment_id  uuid,
    primary key (dealer_id, referral_id)
);
