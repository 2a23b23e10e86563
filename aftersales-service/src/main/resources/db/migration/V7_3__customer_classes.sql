-- Customer value and loyalty classes (docs/process.md, step 10; seed 003 §3.2): what each customer bought (from
-- order.signed's total and order.delivered), and the classes computed from it, the referrals, the last survey, the
-- complaints and the call-backs, kept on the customer's row so that the lists are one indexed query.
create table customer_purchase (
    order_id     uuid primary key,
    dealer_id    text not null,
    lead_id      uuid not null,
    total        numeric(14, 2),
    currency     text,
    signed_at    timestamptz,
    delivered_at timestamptz
);
create index customer_purchase_lead on customer_purchase (dealer_id, lead_id);

alter table customer
    add column value_class   text,
    add column loyalty_class text,
    add column class_reasons text,
    add column classified_at timestamptz;
create index customer_classes on customer (dealer_id, loyalty_class, value_class) where loyalty_class is not null;

alter table aftersales_settings
    add column high_value_spend   numeric(14, 2) not null default 300000,
    add column medium_value_spend numeric(14, 2) not null default 150000;
