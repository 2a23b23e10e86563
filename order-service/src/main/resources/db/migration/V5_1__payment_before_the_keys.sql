-- Payment before the keys (docs/process.md, step 9; seed 004, collecting payment): the balance after the deposit,
-- paid in one or more payments (each with its receipt number), or by a loan whose disbursement counts as a
-- payment; the invoice's number; and the manager's release of a car not paid in full, with its reason.
alter table sales_order
    add column payments jsonb not null default '[]'::jsonb,
    add column paid_total numeric(14,2) not null default 0,
    add column last_paid_at timestamptz,
    add column deposit_receipt_number text,
    add column loan_status text,
    add column loan_lender text,
    add column loan_amount numeric(14,2),
    add column loan_reference text,
    add column loan_changed_at timestamptz,
    add column loan_changed_by text,
    add column invoice_number text,
    add column invoiced_at timestamptz,
    add column released_by text,
    add column released_at timestamptz,
    add column release_reason text,
    add column owed_at_release numeric(14,2);

-- receipt numbers, sequential per dealer and year like the contract numbers
create table receipt_number_counter (
    dealer_id   text not null,
    year        int  not null,
    last_value  bigint not null,
    primary key (dealer_id, year)
);

-- the receivables report: the dealer's signed, undelivered or released orders
create index sales_order_receivable on sales_order (dealer_id, signed_at) where status <> 'CANCELLED' and status <> 'DRAFT';
