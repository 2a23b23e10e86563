-- A survey link is sent to the customer (never shown to staff): when and through which channel.
alter table survey add column link_sent_at timestamptz;
alter table survey add column link_sent_via text;

-- What the local message provider "sent" to customers (development and tests; a real provider replaces
-- it). The recipient is the lead id: the phone is not copied here.
create table customer_message (
    id         uuid primary key,
    dealer_id  text not null,
    lead_id    uuid not null,
    channel    text not null,
    body       text not null,
    sent_at    timestamptz not null
);
create index customer_message_lead on customer_message (dealer_id, lead_id, sent_at);
