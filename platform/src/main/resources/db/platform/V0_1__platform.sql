-- Tables every service has, shipped by the platform library (versions 0.x; services use 1 and up).

-- The transactional outbox: written in the same transaction as the state change it announces.
create table outbox_event (
    id              bigserial primary key,          -- publish order
    event_id        uuid        not null unique,    -- ce_id
    topic           text        not null,
    event_key       text        not null,           -- Kafka key: the lead id for one customer's events
    ce_type         text        not null,
    subject         text,
    payload         text        not null,           -- JSON
    correlation_id  text,
    traceparent     text,
    occurred_at     timestamptz not null,
    published_at    timestamptz
);
-- the relay only ever reads the pending rows, oldest first
create index outbox_event_pending on outbox_event (id) where published_at is null;
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Idempotent consumption: the ce_id of each applied event, written with the event's effect.
create table processed_event (
    consumer      text        not null,
    event_id      text        not null,
    topic         text        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- Idempotency-Key on creating POSTs: the first answer is kept and replayed for a retry.
create table idempotency_record (
    scope        text        not null,  -- dealer, caller and operation
    idem_key     text        not null,
    status       int,
    body         text,
    location     text,
    created_at   timestamptz not null default now(),
    primary key (scope, idem_key)
);
create index idempotency_record_created_at on idempotency_record (created_at);
