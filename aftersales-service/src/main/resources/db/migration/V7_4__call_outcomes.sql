-- Calls with a script (docs/process.md, step 10): a reached call's structured outcome, the complaint it opened and
-- the referrals it took.
alter table call_attempt
    add column satisfied       boolean,
    add column complaint_id    uuid,
    add column referrals_given int not null default 0;
