-- a file import run in chunks: its progress and what was done with each record
create table lead_import (
    id              uuid primary key,
    dealer_id       varchar(64)  not null,
    format          varchar(8)   not null,
    status          varchar(16)  not null,
    total           int          not null,
    processed       int          not null default 0,
    created         int          not null default 0,
    merged          int          not null default 0,
    rejected        int          not null default 0,
    started_by      varchar(100) not null,
    started_at      timestamptz  not null,
    updated_at      timestamptz  not null,
    finished_at     timestamptz,
    failure         varchar(300)
);
create index lead_import_dealer on lead_import (dealer_id, started_at);

create table lead_import_record (
    import_id       uuid         not null references lead_import (id) on delete cascade,
    record_no       int          not null,
    dealer_id       varchar(64)  not null,
    outcome         varchar(16)  not null,
    lead_id         uuid,
    reason          varchar(300),
    primary key (import_id, record_no)
);
