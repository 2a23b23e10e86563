-- aftersales-service: follow-up plans, surveys, satisfaction tallies, complaints, referrals.

-- One dealer's after-sales settings; a dealer without a row uses the DOMAIN.md defaults.
create table aftersales_settings (
    dealer_id                text primary key,
    time_zone                text    not null,
    follow_up_days           text    not null,   -- e.g. "1,3,7,30": days after delivery
    call_time                time    not null,   -- local time of day of each call-back
    follow_up_assignee       text    not null,   -- CONSULTANT or CUSTOMER_CARE
    customer_care_staff_id   text,
    max_call_attempts        int     not null,
    retry_hours              int     not null,
    acknowledge_sla_hours    int     not null,
    survey_link_days         int     not null,
    periodic_survey_months   int     not null,
    version                  bigint  not null default 0
);

-- The local copy of a customer, from order and lead events (only what after-sales needs).
create table customer (
    lead_id          uuid primary key,
    dealer_id        text not null,
    name             text,
    phone            text,
    consultant_id    text,
    order_id         uuid,
    order_number     text,
    model            text,
    status           text not null,              -- PROSPECT, SIGNED, CANCELLED, DELIVERED, DEFEATED
    delivered_at     timestamptz,
    defeat_reason    text,
    last_test_drive_at timestamptz,
    erased           boolean not null default false,
    version          bigint not null default 0
);
create index customer_dealer_status on customer (dealer_id, status);

create table follow_up_call (
    id             uuid primary key,
    dealer_id      text not null,
    lead_id        uuid not null,
    order_id       uuid,
    purpose        text not null,                -- AFTER_DELIVERY or PERIODIC_SURVEY
    day_offset     int,
    due_at         timestamptz not null,
    assignee_id    text,
    status         text not null,                -- PENDING, DONE, UNREACHABLE, CANCELLED (customer erased)
    attempts       int  not null default 0,
    survey_id      uuid,
    created_at     timestamptz not null,
    done_at        timestamptz,
    version        bigint not null default 0
);
-- a redelivered order.delivered finds the plan and creates nothing
create unique index follow_up_call_plan on follow_up_call (dealer_id, order_id, day_offset) where day_offset is not null;
create index follow_up_call_due on follow_up_call (dealer_id, status, due_at);
create index follow_up_call_lead on follow_up_call (dealer_id, lead_id);
create index follow_up_call_assignee on follow_up_call (dealer_id, assignee_id, status);

create table call_attempt (
    id             uuid primary key,
    dealer_id      text not null,
    follow_up_id   uuid not null references follow_up_call (id),
    called_at      timestamptz not null,
    called_by      text not null,
    reached        boolean not null,
    note           text
);
create index call_attempt_follow_up on call_attempt (follow_up_id);

create table survey_template (
    id             uuid primary key,
    dealer_id      text not null,
    code           text not null,
    version        int  not null,
    title          text not null,
    questions      text not null,                -- JSON array of questions
    created_at     timestamptz not null,
    unique (dealer_id, code, version)
);

create table survey (
    id                 uuid primary key,
    dealer_id          text not null,
    template_id        uuid not null references survey_template (id),
    template_code      text not null,
    template_version   int  not null,
    purpose            text not null,            -- DELIVERY, PERIODIC, LOST_CUSTOMER
    lead_id            uuid,
    order_id           uuid,
    consultant_id      text,
    status             text not null,            -- PENDING, COMPLETED
    channel            text,                     -- CALL or LINK, once completed
    link_token_hash    text unique,              -- SHA-256 of the single-use link token
    link_expires_at    timestamptz,
    created_at         timestamptz not null,
    completed_at       timestamptz,
    completed_by       text,
    csi                double precision,
    recommend_score    int,
    row_version        bigint not null default 0
);
create index survey_lead on survey (dealer_id, lead_id);
create index survey_completed on survey (dealer_id, completed_at) where status = 'COMPLETED';

create table survey_answer (
    id             uuid primary key,
    dealer_id      text not null,
    survey_id      uuid not null references survey (id),
    question_code  text not null,
    kind           text not null,
    step           text not null,
    score          int,                          -- RATING_1_5 and NPS_0_10
    yes            boolean,                      -- YES_NO
    text           text                          -- TEXT
);
create index survey_answer_survey on survey_answer (survey_id);

-- Checkpoint compliance from visit.recorded, counted per dealer, consultant, local day and checkpoint.
create table checkpoint_tally (
    dealer_id      text not null,
    consultant_id  text not null,                -- '' when the visit had none
    day            date not null,
    checkpoint     text not null,
    step           text not null,
    met            int  not null,
    missed         int  not null,
    primary key (dealer_id, consultant_id, day, checkpoint)
);

create table complaint (
    id                     uuid primary key,
    dealer_id              text not null,
    lead_id                uuid,
    order_id               uuid,
    customer_name          text,
    customer_phone         text,
    channel                text not null,
    category               text not null,
    severity               text not null,
    description            text,
    status                 text not null,        -- OPEN, ACKNOWLEDGED, RESOLVED, CLOSED
    opened_at              timestamptz not null,
    opened_by              text not null,
    acknowledge_by         timestamptz not null,
    acknowledged_at        timestamptz,
    acknowledged_by        text,
    assignee_id            text,
    escalated_at           timestamptz,
    remedy                 text,
    resolution             text,
    resolved_at            timestamptz,
    resolved_by            text,
    customer_confirmed_at  timestamptz,
    closed_at              timestamptz,
    version                bigint not null default 0
);
create index complaint_status on complaint (dealer_id, status, opened_at);
create index complaint_lead on complaint (dealer_id, lead_id);
create index complaint_sla on complaint (acknowledge_by) where status = 'OPEN' and escalated_at is null;

create table complaint_note (
    id             uuid primary key,
    dealer_id      text not null,
    complaint_id   uuid not null references complaint (id),
    written_at     timestamptz not null,
    written_by     text not null,
    kind           text not null,                -- NOTE, ESCALATION, REOPENED
    text           text not null
);
create index complaint_note_complaint on complaint_note (complaint_id);

create table referral (
    id                 uuid primary key,
    dealer_id          text not null,
    referrer_lead_id   uuid not null,
    consultant_id      text,
    name               text,
    phone              text,
    relation           text,
    consent_at         timestamptz not null,
    received_at        timestamptz not null,
    recorded_by        text not null
);
create index referral_referrer on referral (dealer_id, referrer_lead_id);
