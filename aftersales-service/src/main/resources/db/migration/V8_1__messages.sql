-- Messages to customers, with consent (issue 20): the consent and e-mail lead.contact carries (2.9.0), the
-- customer's opt-out, the dealer's templates per kind and language, and every message sent with its delivery status.
alter table customer add column email text;
alter table customer add column consent boolean;
alter table customer add column opted_out_at timestamptz;
alter table customer add column opted_out_via text;
create index customer_phone on customer (phone) where phone is not null;
create index customer_email on customer (lower(email)) where email is not null;

create table message_template (
    id          uuid primary key,
    dealer_id   text not null,
    kind        text not null,
    language    text not null,
    subject     text,
    body        text not null,
    updated_at  timestamptz not null,
    updated_by  text,
    version     bigint not null default 0,
    unique (dealer_id, kind, language)
);

-- one message to one customer; source_key: the fact that called for it (a visit, a test drive, a greeting's
-- occasion), so the same fact never sends twice however often its event comes
create table outgoing_message (
    id               uuid primary key,
    dealer_id        text not null,
    lead_id          uuid not null,
    kind             text not null,
    language         text not null,
    channel          text not null,
    subject          text,
    body             text not null,
    source_key       text not null,
    status           text not null,               -- QUEUED, SENT, DELIVERED, FAILED
    failure          text,
    attempts         int not null default 0,
    next_attempt_at  timestamptz not null,
    queued_at        timestamptz not null,
    sent_at          timestamptz,
    delivered_at     timestamptz,
    failed_at        timestamptz,
    version          bigint not null default 0,
    unique (dealer_id, lead_id, kind, source_key)
);
create index outgoing_message_lead on outgoing_message (dealer_id, lead_id, queued_at);
create index outgoing_message_queued on outgoing_message (next_attempt_at) where status = 'QUEUED';
create index outgoing_message_report on outgoing_message (dealer_id, queued_at);
