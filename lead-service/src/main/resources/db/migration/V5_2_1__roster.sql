-- One roster of the dealer's staff (issue 17): who works here in which roles (by Keycloak username), and per
-- date the consultants on duty in turn order. It replaces the lead rota (rota_entry, lead_settings.rota_cursor)
-- and visit-service's reception rota; lead assignment and reception both use it (dealer.roster-changed).
create table roster_member (
    id              uuid primary key,
    dealer_id       varchar(64)     not null,
    user_id         varchar(100)    not null,
    display_name    varchar(100)    not null,
    roles           varchar(16)[]   not null,
    active          boolean         not null,
    version         bigint          not null default 0,
    created_at      timestamptz     not null default now(),
    updated_at      timestamptz     not null default now(),
    unique (dealer_id, user_id)
);

-- the consultants on duty from duty_date on, until a later date's list
create table roster_duty (
    id              uuid primary key,
    dealer_id       varchar(64)     not null,
    duty_date       date            not null,
    consultants     varchar(100)[]  not null,
    version         bigint          not null default 0,
    unique (dealer_id, duty_date)
);

-- per dealer: the last revision announced on dealer.roster-changed (0: not announced yet, lead-service announces
-- it at start) and the round robin's turn of the day
create table roster_dealer (
    dealer_id       varchar(64)     primary key,
    revision        bigint          not null default 0,
    turn_date       date,
    turn            bigint          not null default 0
);

-- The lead rota moves into the roster, nothing lost: its consultants become active consultants (named by their
-- id until a manager gives the name), on duty in the same order from yesterday on (yesterday: whatever the
-- dealer's time zone, the list is in effect today). Today's round robin starts again at the first.
insert into roster_member (id, dealer_id, user_id, display_name, roles, active)
select gen_random_uuid(), dealer_id, consultant_id, consultant_id, array['CONSULTANT']::varchar(16)[], true
from rota_entry
on conflict (dealer_id, user_id) do nothing;

insert into roster_duty (id, dealer_id, duty_date, consultants)
select gen_random_uuid(), dealer_id, current_date - 1, array_agg(consultant_id order by position)::varchar(100)[]
from rota_entry group by dealer_id;

-- a consultant named on leads or targets but on no rota (free text before the roster): an inactive member, so
-- that the manager sees them on the roster and makes them active or reassigns their leads
insert into roster_member (id, dealer_id, user_id, display_name, roles, active)
select gen_random_uuid(), dealer_id, consultant_id, consultant_id, array['CONSULTANT']::varchar(16)[], false
from (select dealer_id, consultant_id from lead where consultant_id is not null
      union select dealer_id, consultant_id from sales_target) named
on conflict (dealer_id, user_id) do nothing;

insert into roster_dealer (dealer_id) select distinct dealer_id from roster_member;

drop table rota_entry;
alter table lead_settings drop column rota_cursor;
