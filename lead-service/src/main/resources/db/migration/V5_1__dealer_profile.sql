-- The one dealer profile (issue 17): phone region and time zone leave lead_settings (the other services' copies
-- leave their settings tables in their own migrations). lead-service owns it (dev.showroom.lead.dealer) and
-- announces each change on dealer.profile-changed; the other services keep a copy in a table of the same shape.
create table dealer_profile (
    dealer_id      varchar(64) primary key,
    region         varchar(2)  not null,   -- phone numbers without a country code are read in this region
    time_zone      varchar(64) not null,   -- the dealer's days are reckoned in this zone
    currency       varchar(3)  not null,   -- ISO 4217
    opening_hours  text        not null,   -- 'MONDAY 09:00-18:00;TUESDAY 09:00-18:00': a day not listed is closed
    languages      text        not null,   -- BCP 47 tags, comma separated, the main one first
    version        bigint      not null default 0
);

-- Every dealer's region and time zone as lead-service had them. The currency was order-service's alone and
-- lives in another database: every dealer so far sells in CNY (the only currency the suite ever set); a
-- dealer that sold in another one sets it once in its profile.
insert into dealer_profile (dealer_id, region, time_zone, currency, opening_hours, languages, version)
select dealer_id, region, time_zone, 'CNY', 'MONDAY 09:00-18:00;TUESDAY 09:00-18:00;WEDNESDAY 09:00-18:00;THURSDAY 09:00-18:00;FRIDAY 09:00-18:00;SATURDAY 09:00-18:00;SUNDAY 09:00-18:00', 'zh-CN,en', 0 from lead_settings;

-- Announced as it is now, so that every service's copy (seeded from its own settings at version -1) takes
-- lead-service's values before anyone changes the profile: one region and one time zone everywhere.
insert into outbox_event (event_id, topic, event_key, ce_type, subject, payload, occurred_at)
select gen_random_uuid(), 'dealer.profile-changed', dealer_id, 'showroom.dealer.profile-changed.v1', dealer_id,
       json_build_object('dealerId', dealer_id, 'region', region, 'timeZone', time_zone, 'currency', currency,
           'openingHours', (select json_agg(json_build_object('day', d, 'opens', '09:00', 'closes', '18:00'))
                            from unnest(array['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY',
                                              'SUNDAY']) d),
           'languages', json_build_array('zh-CN', 'en'), 'version', version,
           'changedAt', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text,
       now()
from dealer_profile order by dealer_id;

alter table lead_settings drop column region, drop column time_zone;
