-- Step 2, pre-sales preparation during the day (docs/process.md): spot checks of the walk-around (走动式管理) kept
-- beside the morning run's results, so that a failure is an action with its owner and counts in the repeat failures
-- alike; the etiquette and appearance scorecard per consultant; the morning and evening meeting log.
alter table checklist_result alter column run_id drop not null;
alter table checklist_result add column kind varchar(12) not null default 'OPENING';
alter table checklist_result add column area varchar(100);
alter table checklist_result add column checked_at timestamptz;
alter table checklist_result add column checked_by varchar(100);
alter table checklist_result add constraint checklist_result_kind
    check ((kind = 'OPENING' and run_id is not null) or (kind = 'SPOT_CHECK' and run_id is null and checked_at is not null));
create index checklist_result_spot on checklist_result (dealer_id, checked_at) where kind = 'SPOT_CHECK';

-- a manager scores a consultant's etiquette and appearance (seed 000): each item 1..5
create table etiquette_score (
    id              uuid primary key,
    dealer_id       varchar(64)   not null,
    consultant_id   varchar(100)  not null,
    scored_at       timestamptz   not null,
    score_date      date          not null,
    appearance      smallint      not null check (appearance between 1 and 5),
    posture         smallint      not null check (posture between 1 and 5),
    handshake       smallint      not null check (handshake between 1 and 5),
    business_card   smallint      not null check (business_card between 1 and 5),
    tone            smallint      not null check (tone between 1 and 5),
    note            varchar(500),
    scored_by       varchar(100)  not null,
    created_at      timestamptz   not null
);
create index etiquette_score_consultant on etiquette_score (dealer_id, consultant_id, score_date);
create index etiquette_score_date on etiquette_score (dealer_id, score_date);

-- the morning and the evening meeting (晨会, 夕会): one of each kind a day
create table sales_meeting (
    id                  uuid primary key,
    dealer_id           varchar(64)    not null,
    kind                varchar(8)     not null check (kind in ('MORNING', 'EVENING')),
    meeting_date        date           not null,
    rota                text[]         not null,
    attendees           text[]         not null,
    stock_news          varchar(2000),
    promotions          varchar(2000),
    yesterday_results   varchar(2000),
    today_plan          varchar(2000),
    note                varchar(2000),
    held_by             varchar(100)   not null,
    created_at          timestamptz    not null,
    updated_at          timestamptz    not null,
    version             bigint         not null default 0,
    unique (dealer_id, meeting_date, kind)
);
