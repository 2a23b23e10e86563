-- One roster (issue 17): who is on duty comes from lead-service's roster (dealer.roster-changed), kept here as a
-- copy; the front desk keeps only its own state of the day (who is busy, how many each took, who took the last).
-- The reception rota (rota_day, rota_duty) goes: its lists become the copy's until the roster's first record
-- replaces them, and its busy flags and counts the front desk's turns, so nothing of a day is lost.
create table roster_copy (
    dealer_id       varchar(64)     primary key,
    revision        bigint          not null
);

create table roster_member_copy (
    id              uuid primary key,
    dealer_id       varchar(64)     not null,
    user_id         varchar(100)    not null,
    roles           varchar(16)[]   not null,
    active          boolean         not null,
    unique (dealer_id, user_id)
);

create table roster_duty_copy (
    id              uuid primary key,
    dealer_id       varchar(64)     not null,
    duty_date       date            not null,
    consultants     varchar(100)[]  not null,
    unique (dealer_id, duty_date)
);

create table reception_day (
    id                  uuid primary key,
    dealer_id           varchar(64)     not null,
    duty_date           date            not null,
    last_consultant_id  varchar(100),
    unique (dealer_id, duty_date)
);

create table reception_turn (
    id              uuid primary key,
    dealer_id       varchar(64)     not null,
    duty_date       date            not null,
    consultant_id   varchar(100)    not null,
    busy            boolean         not null default false,
    taken_count     int             not null default 0,
    unique (dealer_id, duty_date, consultant_id)
);

insert into roster_duty_copy (id, dealer_id, duty_date, consultants)
select d.id, d.dealer_id, d.duty_date, array_agg(u.consultant_id order by u.position)::varchar(100)[]
from rota_day d join rota_duty u on u.rota_day_id = d.id group by d.id, d.dealer_id, d.duty_date;

-- the consultants of those lists, as active consultants, until the roster's first record names the staff
insert into roster_member_copy (id, dealer_id, user_id, roles, active)
select gen_random_uuid(), dealer_id, consultant_id, array['CONSULTANT']::varchar(16)[], true
from (select distinct dealer_id, consultant_id from rota_duty) c;

insert into reception_day (id, dealer_id, duty_date, last_consultant_id)
select d.id, d.dealer_id, d.duty_date,
       (select u.consultant_id from rota_duty u where u.rota_day_id = d.id and u.position = d.last_position)
from rota_day d;

insert into reception_turn (id, dealer_id, duty_date, consultant_id, busy, taken_count)
select u.id, u.dealer_id, d.duty_date, u.consultant_id, u.busy, u.taken_count
from rota_duty u join rota_day d on d.id = u.rota_day_id;

drop table rota_duty;
drop table rota_day;
