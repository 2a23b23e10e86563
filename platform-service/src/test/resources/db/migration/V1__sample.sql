create table sample_note (
    id         uuid primary key,
    dealer_id  text not null,
    text       text not null,
    version    bigint not null default 0
);
create table sample_effect (
    event_id   text not null,
    text       text not null
);
