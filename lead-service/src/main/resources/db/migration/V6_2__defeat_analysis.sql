-- Defeat analysis (docs/process.md, "Defeats"): one row per defeat (a lead reopened and lost again has two),
-- with the outcome's reason category, the competitor bought, the stage reached, the decisive objection and
-- the manager's review. The lead keeps its current defeat's reason, note and time as before, and its id.
create table defeat (
    id                 uuid primary key,
    dealer_id          varchar(64)  not null,
    lead_id            uuid         not null references lead (id),
    consultant_id      varchar(100),
    channel            varchar(32)  not null,
    model              varchar(100),
    reason             varchar(32)  not null,
    objection          varchar(32),
    competitor_brand   varchar(100),
    competitor_model   varchar(100),
    stage_reached      varchar(16)  not null,
    note               varchar(1000),
    defeated_by        varchar(100),
    defeated_at        timestamptz  not null,
    review             varchar(16)  not null,           -- PENDING, CONFIRMED, REOPENED
    reviewed_by        varchar(100),
    reviewed_at        timestamptz,
    reassigned_to      varchar(100),
    version            bigint       not null default 0
);
create index defeat_dealer_at on defeat (dealer_id, defeated_at);
create index defeat_dealer_review on defeat (dealer_id, review, defeated_at);
create index defeat_lead on defeat (dealer_id, lead_id);

alter table lead add column defeat_id uuid;

-- The old reasons were seed 002's six objections (or OTHER). Nothing is lost: the old value becomes the defeat's
-- decisive objection; PRICE stays the reason, the others become OTHER (they never said what the customer did).
-- Not reviewed yet: the manager's review queue shows them.
insert into defeat (id, dealer_id, lead_id, consultant_id, channel, model, reason, objection, stage_reached, note,
                    defeated_by, defeated_at, review)
select gen_random_uuid(), dealer_id, id, consultant_id, channel, model_of_interest,
       case when defeat_reason = 'PRICE' then 'PRICE' else 'OTHER' end,
       case when defeat_reason = 'OTHER' then null else defeat_reason end,
       stage, defeat_note, consultant_id, defeated_at, 'PENDING'
from lead where defeated_at is not null;

update lead set defeat_id = d.id,
                defeat_reason = d.reason
from defeat d where d.lead_id = lead.id and lead.defeated_at is not null;
