-- visit-service: settings, local copy of prospects, opening checklist, rota, reception (calls and
-- walk-ins with checkpoints), needs analyses, appointments, demo fleet and test drives.
create extension if not exists btree_gist;

create table visit_settings (
    dealer_id               varchar(64) primary key,
    region                  varchar(2)  not null,
    time_zone               varchar(64) not null,
    answer_within_rings     int         not null,
    answer_within_seconds   int         not null,
    reminder_hours_before   int         not null,
    version                 bigint      not null default 0
);

-- what this service knows of lead-service's prospects (from lead.created / lead.assigned)
create table known_lead (
    lead_id        uuid primary key,
    dealer_id      varchar(64)  not null,
    name           varchar(100),
    phone          varchar(20),
    consultant_id  varchar(100),
    erased_at      timestamptz,
    updated_at     timestamptz  not null
);
create index known_lead_phone on known_lead (dealer_id, phone);
create index known_lead_consultant on known_lead (dealer_id, consultant_id);

-- opening checklist: the dealer's template, the morning run, one result per item
create table checklist_item (
    id          uuid primary key,
    dealer_id   varchar(64)  not null,
    code        varchar(40)  not null,
    label       varchar(200) not null,
    position    int          not null,
    unique (dealer_id, code)
);

create table checklist_run (
    id          uuid primary key,
    dealer_id   varchar(64) not null,
    run_date    date        not null,
    run_by      varchar(100) not null,
    ran_at      timestamptz not null,
    unique (dealer_id, run_date)
);

create table checklist_result (
    id                  uuid primary key,
    dealer_id           varchar(64)  not null,
    run_id              uuid         not null references checklist_run (id),
    run_date            date         not null,
    item_code           varchar(40)  not null,
    item_label          varchar(200) not null,
    passed              boolean      not null,
    note                varchar(500),
    owner_id            varchar(100),            -- the person who must fix a failure
    action_closed_at    timestamptz,
    action_closed_by    varchar(100),
    action_note         varchar(500),
    version             bigint       not null default 0
);
create index checklist_result_run on checklist_result (run_id);
create index checklist_result_owner on checklist_result (dealer_id, owner_id, run_date) where passed = false;

-- reception rota: who is on duty today, in order, and who is busy with a customer
create table rota_day (
    id              uuid primary key,
    dealer_id       varchar(64) not null,
    duty_date       date        not null,
    last_position   int         not null default -1,
    unique (dealer_id, duty_date)
);

create table rota_duty (
    id              uuid primary key,
    dealer_id       varchar(64)  not null,
    rota_day_id     uuid         not null references rota_day (id) on delete cascade,
    consultant_id   varchar(100) not null,
    position        int          not null,
    busy            boolean      not null default false,
    taken_count     int          not null default 0,
    unique (rota_day_id, consultant_id)
);

-- reception: a phone enquiry or a walk-in
create table visit (
    id                  uuid primary key,
    dealer_id           varchar(64)  not null,
    kind                varchar(8)   not null,
    lead_id             uuid,
    consultant_id       varchar(100),
    contact_name        varchar(100),
    contact_phone       varchar(20),
    contact_email       varchar(254),
    occurred_at         timestamptz  not null,
    ring_count          int,
    seconds_to_answer   int,
    arrival_at          timestamptz,
    departure_at        timestamptz,
    party_size          int,
    models_presented    text[],
    outcome             varchar(200),
    appointment_at      timestamptz,
    recorded_by         varchar(100) not null,
    recorded_at         timestamptz  not null,
    version             bigint       not null default 0
);
create index visit_lead on visit (dealer_id, lead_id);
create index visit_occurred on visit (dealer_id, occurred_at);
create index visit_consultant on visit (dealer_id, consultant_id, occurred_at);

-- one row per checkpoint, denormalised for the compliance figures
create table visit_checkpoint (
    id              uuid primary key,
    dealer_id       varchar(64)  not null,
    visit_id        uuid         not null references visit (id),
    kind            varchar(8)   not null,
    code            varchar(40)  not null,
    met             boolean      not null,
    consultant_id   varchar(100),
    occurred_at     timestamptz  not null
);
create index visit_checkpoint_period on visit_checkpoint (dealer_id, occurred_at);
create index visit_checkpoint_visit on visit_checkpoint (visit_id);

create table needs_analysis (
    id                      uuid primary key,
    dealer_id               varchar(64)   not null,
    lead_id                 uuid          not null,
    visit_id                uuid,
    consultant_id           varchar(100)  not null,
    now_driving             varchar(200),
    enjoys                  varchar(500),
    would_alter             varchar(500),
    decision_maker          varchar(200),
    solution_sought         varchar(500),
    family                  varchar(500),
    occupation              varchar(200),
    recreation              varchar(500),
    budget_min              numeric(14, 2),
    budget_max              numeric(14, 2),
    budget_note             varchar(200),
    summary                 varchar(2000),
    summary_confirmed       boolean       not null default false,
    confirmed_at            timestamptz,
    created_at              timestamptz   not null,
    updated_at              timestamptz   not null,
    version                 bigint        not null default 0
);
create index needs_analysis_lead on needs_analysis (dealer_id, lead_id);

-- invitations (from lead.qualified) and booked appointments
create table appointment (
    id                  uuid primary key,
    dealer_id           varchar(64)  not null,
    lead_id             uuid,
    visit_id            uuid,
    consultant_id       varchar(100),
    status              varchar(16)  not null,
    scheduled_at        timestamptz,
    purpose             varchar(200),
    note                varchar(1000),
    reminder_sent_at    timestamptz,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0
);
-- one open invitation per prospect, however often lead.qualified arrives
create unique index appointment_one_invitation on appointment (dealer_id, lead_id) where status = 'TO_INVITE';
create index appointment_lead on appointment (dealer_id, lead_id);
create index appointment_scheduled on appointment (dealer_id, scheduled_at);

create table demo_car (
    id          uuid primary key,
    dealer_id   varchar(64)  not null,
    model       varchar(100) not null,
    trim        varchar(100),
    plate       varchar(20)  not null,
    vin         varchar(17)  not null,
    status      varchar(16)  not null,
    odometer    int,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    unique (dealer_id, plate),
    unique (vin)
);

create table test_drive (
    id                  uuid primary key,
    dealer_id           varchar(64)  not null,
    lead_id             uuid         not null,
    consultant_id       varchar(100),
    demo_car_id         uuid         not null references demo_car (id),
    model               varchar(100) not null,
    slot_start          timestamptz  not null,
    slot_end            timestamptz  not null,
    status              varchar(16)  not null,
    licence_number      varchar(40),
    licence_expiry      date,
    licence_checked_at  timestamptz,
    licence_checked_by  varchar(100),
    odometer_start      int,
    odometer_end        int,
    feedback_overall    int,
    feedback_ratings    text,        -- JSON object: aspect -> 1..5
    feedback_comments   varchar(2000),
    cancel_reason       varchar(500),
    booked_by           varchar(100) not null,
    booked_at           timestamptz  not null,
    started_at          timestamptz,
    completed_at        timestamptz,
    version             bigint       not null default 0,
    check (slot_end > slot_start),
    -- the database itself refuses two live bookings of one car whose slots overlap
    constraint test_drive_no_double_booking exclude using gist (
        demo_car_id with =, tstzrange(slot_start, slot_end) with &&)
        where (status in ('BOOKED', 'IN_PROGRESS'))
);
create index test_drive_lead on test_drive (dealer_id, lead_id);
create index test_drive_slot on test_drive (dealer_id, slot_start);
