-- The order followed through (docs/process.md, step 9): the stock seen when the quote and the order were made,
-- the delivery method agreed, the cancellation's reason category (the defeat analysis'), and the delays
-- announced (once per order, expected delivery date and kind).
alter table quote add column stock_check jsonb;
alter table sales_order add column stock_check jsonb;
alter table sales_order add column delivery_method text not null default 'SHOWROOM_CEREMONY';
alter table sales_order add column cancel_category text;
alter table sales_order add column competitor_brand text;
alter table sales_order add column competitor_model text;
alter table sales_order add column ready_at timestamptz;

create table order_delay (
    id                      uuid primary key,
    dealer_id               text not null,
    order_id                uuid not null references sales_order (id),
    kind                    text not null check (kind in ('DUE_SOON', 'OVERDUE')),
    expected_delivery_date  date not null,
    detected_at             timestamptz not null,
    unique (order_id, expected_delivery_date, kind)
);
create index order_delay_dealer on order_delay (dealer_id, detected_at);
-- the orders still waiting for a car, by configuration (allocation on arrival, the delays check)
create index sales_order_open on sales_order (dealer_id, status, created_at);
