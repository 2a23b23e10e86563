-- order-service's quotations as far as the showroom's reports need them (quote.issued: ids, consultant, model;
-- no money, no person): walk-in -> quote in the traffic report, presentation -> quote in the presentations report.
create table quote_copy (
    quote_id        uuid primary key,
    dealer_id       varchar(64)   not null,
    lead_id         uuid          not null,
    consultant_id   varchar(100),
    model           varchar(100)  not null,
    issued_at       timestamptz   not null
);
create index quote_copy_lead on quote_copy (dealer_id, lead_id, issued_at);
create index visit_walk_in_lead on visit (dealer_id, lead_id, occurred_at) where kind = 'WALK_IN';
create index test_drive_lead_completed on test_drive (dealer_id, lead_id, completed_at) where status = 'COMPLETED';
