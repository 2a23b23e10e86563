-- lead-service: prospects (leads), their contacts, follow-ups, the assignment rota, settings and targets.
create extension if not exists pg_trgm;

create table lead (
    id                      uuid primary key,
    dealer_id               varchar(64)  not null,
    name                    varchar(100) not null,
    phone                   varchar(20),               -- E.164; null once erased
    email                   varchar(254),
    channel                 varchar(32)  not null,
    source_detail           varchar(200),
    model_of_interest       varchar(100),
    budget                  numeric(14, 2),
    purchase_timeframe      varchar(50),
    notes                   varchar(2000),
    consent_contact         boolean      not null default false,
    consent_at              timestamptz,
    consultant_id           varchar(100),
    grade                   varchar(1),
    grade_before_order      varchar(1),
    grade_before_defeat     varchar(1),
    stage                   varchar(16)  not null,
    stage_rank              int          not null,
    visited_at              timestamptz,
    test_driven_at          timestamptz,
    quoted_at               timestamptz,
    ordered_at              timestamptz,
    delivered_at            timestamptz,
    next_follow_up_at       timestamptz,
    last_follow_up_at       timestamptz,
    need_confirmed          boolean      not null default false,
    means_confirmed         boolean      not null default false,
    authority_confirmed     boolean      not null default false,
    qualification_note      varchar(1000),
    qualified_at            timestamptz,
    defeat_reason           varchar(32),
    defeat_note             varchar(1000),
    defeated_at             timestamptz,
    referrer_lead_id        uuid,
    visit_id                uuid,
    erased_at               timestamptz,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null,
    version                 bigint       not null default 0
);
-- one person = one lead per dealer
create unique index lead_dealer_phone on lead (dealer_id, phone);
create index lead_dealer_consultant on lead (dealer_id, consultant_id);
create index lead_dealer_grade on lead (dealer_id, grade);
create index lead_dealer_stage on lead (dealer_id, stage);
create index lead_dealer_channel on lead (dealer_id, channel);
create index lead_dealer_created on lead (dealer_id, created_at);
create index lead_dealer_follow_up on lead (dealer_id, next_follow_up_at) where next_follow_up_at is not null;
-- fragments of a name or a phone number
create index lead_name_trgm on lead using gin (lower(name) gin_trgm_ops);
create index lead_phone_trgm on lead using gin (phone gin_trgm_ops);

-- every time the person got in touch (first capture and each merge)
create table lead_contact (
    id              uuid primary key,
    dealer_id       varchar(64)  not null,
    lead_id         uuid         not null references lead (id),
    channel         varchar(32)  not null,
    source_detail   varchar(200),
    name            varchar(100),
    email           varchar(254),
    note            varchar(2000),
    occurred_at     timestamptz  not null
);
create index lead_contact_lead on lead_contact (dealer_id, lead_id);

create table follow_up (
    id                  uuid primary key,
    dealer_id           varchar(64)  not null,
    lead_id             uuid         not null references lead (id),
    consultant_id       varchar(100) not null,
    kind                varchar(16)  not null,
    outcome             varchar(1000),
    next_step           varchar(1000),
    occurred_at         timestamptz  not null,
    next_follow_up_at   timestamptz
);
create index follow_up_lead on follow_up (dealer_id, lead_id, occurred_at);

-- orders cancelled for a lead: a late order.signed of the same order must not move the lead forward
create table cancelled_order (
    order_id    uuid primary key,
    dealer_id   varchar(64) not null,
    lead_id     uuid        not null
);

create table lead_settings (
    dealer_id               varchar(64) primary key,
    region                  varchar(2)  not null,
    time_zone               varchar(64) not null,
    cadence_h_days          int         not null,
    cadence_a_days          int         not null,
    cadence_b_days          int         not null,
    cadence_c_days          int         not null,
    first_follow_up_days    int         not null,
    rota_cursor             bigint      not null default 0,
    version                 bigint      not null default 0
);

-- the consultants on duty, in round-robin order
create table rota_entry (
    id              uuid primary key,
    dealer_id       varchar(64)  not null,
    consultant_id   varchar(100) not null,
    position        int          not null,
    unique (dealer_id, consultant_id)
);

create table sales_target (
    id              uuid primary key,
    dealer_id       varchar(64)  not null,
    consultant_id   varchar(100) not null,
    month           varchar(7)   not null,
    sales           int          not null,
    version         bigint       not null default 0,
    unique (dealer_id, consultant_id, month)
);
