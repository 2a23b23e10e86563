-- order-service: catalogue and prices, stock, quotations, orders and contracts.
-- Money is NUMERIC(14,2) everywhere; see dev.showroom.order.pricing.Money for the rounding rule.

create table order_settings (
    dealer_id                         text primary key,
    currency                          text          not null,
    time_zone                         text          not null,
    consultant_discount_limit_percent numeric(5,2)  not null,
    quote_validity_days               int           not null,
    delivery_lead_days                int           not null,
    version                           bigint        not null default 0
);

create table vehicle_model (
    id         uuid primary key,
    dealer_id  text not null,
    code       text not null,
    name       text not null,
    version    bigint not null default 0,
    unique (dealer_id, code)
);

-- trims, colours and options of a model
create table catalogue_item (
    id         uuid primary key,
    dealer_id  text not null,
    model_id   uuid not null references vehicle_model (id),
    kind       text not null check (kind in ('TRIM', 'COLOUR', 'OPTION')),
    code       text not null,
    name       text not null,
    unique (dealer_id, model_id, kind, code)
);

create table price_list (
    id          uuid primary key,
    dealer_id   text not null,
    name        text not null,
    currency    text not null,
    valid_from  date not null,
    valid_to    date,
    created_by  text not null,
    created_at  timestamptz not null,
    check (valid_to is null or valid_to >= valid_from)
);
create index price_list_validity on price_list (dealer_id, valid_from desc);

create table price_list_item (
    id             uuid primary key,
    dealer_id      text not null,
    price_list_id  uuid not null references price_list (id),
    model_code     text not null,
    kind           text not null check (kind in ('TRIM', 'COLOUR', 'OPTION')),
    code           text not null,
    price          numeric(14,2) not null check (price >= 0),
    unique (price_list_id, model_code, kind, code)
);
create index price_list_item_lookup on price_list_item (dealer_id, model_code, kind, code);

create table vehicle (
    id            uuid primary key,
    dealer_id     text not null,
    vin           text not null,
    model_code    text not null,
    trim_code     text not null,
    colour_code   text not null,
    -- sorted, comma-separated: two vehicles with the same options have the same text
    option_codes  text not null,
    status        text not null check (status in ('IN_TRANSIT', 'IN_STOCK', 'ALLOCATED', 'DELIVERED')),
    arrival_date  date,
    order_id      uuid,
    created_at    timestamptz not null,
    version       bigint not null default 0,
    unique (dealer_id, vin)
);
create index vehicle_match on vehicle (dealer_id, status, model_code, trim_code, colour_code);

-- the local copy of a prospect, built from lead events; personal data erased on request
create table customer (
    lead_id        uuid primary key,
    dealer_id      text not null,
    name           text,
    phone          text,
    consultant_id  text,
    erased_at      timestamptz,
    version        bigint not null default 0
);

create table quote (
    id                     uuid primary key,
    dealer_id              text not null,
    lead_id                uuid not null,
    consultant_id          text not null,
    created_by             text not null,
    status                 text not null,
    model_code             text not null,
    model_name             text not null,
    trim_code              text not null,
    trim_name              text not null,
    colour_code            text not null,
    option_codes           text not null,
    price_date             date not null,
    currency               text not null,
    lines                  jsonb not null,
    fees                   jsonb not null,
    list_price             numeric(14,2) not null,
    discount               numeric(14,2) not null,
    discount_limit         numeric(14,2) not null,
    trade_in_description   text,
    trade_in_value         numeric(14,2) not null,
    fees_total             numeric(14,2) not null,
    total                  numeric(14,2) not null,
    financing              jsonb,
    valid_until            date not null,
    note                   text,
    issued_at              timestamptz,
    decided_by             text,
    decided_at             timestamptz,
    decision_note          text,
    created_at             timestamptz not null,
    version                bigint not null default 0
);
create index quote_lead on quote (dealer_id, lead_id);
create index quote_consultant on quote (dealer_id, consultant_id, status);

create table quote_objection (
    id         uuid primary key,
    dealer_id  text not null,
    quote_id   uuid not null references quote (id),
    category   text not null,
    note       text,
    raised_by  text not null,
    raised_at  timestamptz not null
);
create index quote_objection_quote on quote_objection (quote_id);

create table order_number_counter (
    dealer_id   text not null,
    year        int  not null,
    last_value  bigint not null,
    primary key (dealer_id, year)
);

create table sales_order (
    id                      uuid primary key,
    dealer_id               text not null,
    order_number            text not null unique,
    quote_id                uuid not null unique,
    lead_id                 uuid not null,
    consultant_id           text not null,
    status                  text not null,
    terms                   jsonb not null,
    total                   numeric(14,2) not null,
    currency                text not null,
    deposit_amount          numeric(14,2) not null,
    expected_delivery_date  date not null,
    signed_by               text,
    customer_signatory      text,
    signed_at               timestamptz,
    deposit_paid            numeric(14,2),
    deposit_method          text,
    deposit_paid_at         timestamptz,
    vin                     text,
    vehicle_id              uuid,
    allocated_at            timestamptz,
    allocation_note         text,
    pdi                     jsonb,
    pdi_passed_at           timestamptz,
    handover                jsonb,
    delivered_at            timestamptz,
    delivered_by            text,
    cancel_reason           text,
    refund_amount           numeric(14,2),
    previous_state          text,
    cancelled_at            timestamptz,
    cancelled_by            text,
    created_at              timestamptz not null,
    version                 bigint not null default 0
);
create index sales_order_lead on sales_order (dealer_id, lead_id);
create index sales_order_consultant on sales_order (dealer_id, consultant_id, status);
