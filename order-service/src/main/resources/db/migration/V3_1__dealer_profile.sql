-- The one dealer profile (issue 17): lead-service owns it; this service keeps a copy from dealer.profile-changed
-- (DealerProfiles.apply) and reads phone region, time zone and currency from it only.
create table dealer_profile (
    dealer_id      varchar(64) primary key,
    region         varchar(2)  not null,   -- phone numbers without a country code are read in this region
    time_zone      varchar(64) not null,   -- the dealer's days are reckoned in this zone
    currency       varchar(3)  not null,   -- ISO 4217
    opening_hours  text        not null,   -- 'MONDAY 09:00-18:00;TUESDAY 09:00-18:00': a day not listed is closed
    languages      text        not null,   -- BCP 47 tags, comma separated, the main one first
    version        bigint      not null default 0
);

-- Seeded from this service's own settings, so that nothing changes before the first event arrives. Version -1:
-- older than any version of lead-service's profile, whose first announcement (version 0, written by its own
-- migration) replaces it.
insert into dealer_profile (dealer_id, region, time_zone, currency, opening_hours, languages, version)
select dealer_id, 'CN', time_zone, currency, 'MONDAY 09:00-18:00;TUESDAY 09:00-18:00;WEDNESDAY 09:00-18:00;THURSDAY 09:00-18:00;FRIDAY 09:00-18:00;SATURDAY 09:00-18:00;SUNDAY 09:00-18:00', 'zh-CN,en', -1 from order_settings;

alter table order_settings drop column currency, drop column time_zone;
