-- Objections as a routine (seed 002; docs/process.md, "Objections"): recorded at any step of a lead's sales
-- process, not only on a quote. lead-service owns them; objection.raised / objection.resolved announce them.
create table objection (
    id                     uuid primary key,
    dealer_id              varchar(64)  not null,
    lead_id                uuid         not null references lead (id),
    consultant_id          varchar(100),                 -- the lead's consultant when it was raised
    raised_by              varchar(100) not null,
    category               varchar(32)  not null,
    context                varchar(32)  not null,        -- where in the process: RECEPTION ... CLOSING, OTHER
    stage_at               varchar(16)  not null,        -- the lead's stage when it was raised
    model                  varchar(100),
    quote_id               uuid,
    objector_decides       boolean      not null,        -- (1) talking to the decision maker
    genuine                varchar(16)  not null,        -- (4) TRUE_OBJECTION, PRETEXT, UNKNOWN
    only_reason_confirmed  boolean      not null,        -- (5) locked: "is this the only reason?"
    answer                 varchar(2000),                -- (8) the answer given (free text: erased with the person)
    commitment_obtained    boolean      not null,        -- (6) "if we solve this, will you decide now?"
    resolved_at            timestamptz,
    resolved_by            varchar(100),
    raised_at              timestamptz  not null,
    updated_at             timestamptz  not null,
    version                bigint       not null default 0
);
create index objection_lead on objection (dealer_id, lead_id, raised_at);
create index objection_raised on objection (dealer_id, raised_at);
