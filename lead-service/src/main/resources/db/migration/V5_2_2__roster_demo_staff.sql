-- The demo realm's staff (keycloak/showroom-realm.json, group /demo-data) on the rosters of its two dealers,
-- so that the local suite, the demo and the tests assign leads to them. Nobody is on duty: a manager sets the
-- duty (the demo loader does). Harmless where those dealers do not exist: a roster only names a dealer's staff,
-- and a member without a Keycloak account cannot sign in. Keep it in step with the realm file.
insert into roster_member (id, dealer_id, user_id, display_name, roles, active) values
    (gen_random_uuid(), 'dealer-sh-01', 'reception.sh', 'Xiaoyu Chen', array['RECEPTIONIST']::varchar(16)[], true),
    (gen_random_uuid(), 'dealer-sh-01', 'li.wei', 'Wei Li', array['CONSULTANT']::varchar(16)[], true),
    (gen_random_uuid(), 'dealer-sh-01', 'zhang.min', 'Min Zhang', array['CONSULTANT']::varchar(16)[], true),
    (gen_random_uuid(), 'dealer-sh-01', 'care.sh', 'Jing Zhou', array['CUSTOMER_CARE']::varchar(16)[], true),
    (gen_random_uuid(), 'dealer-sh-01', 'manager.sh', 'Hao Sun', array['MANAGER']::varchar(16)[], true),
    (gen_random_uuid(), 'dealer-sh-01', 'admin.sh', 'Lei Wu', array['ADMIN']::varchar(16)[], true),
    (gen_random_uuid(), 'dealer-bj-02', 'wang.fang', 'Fang Wang', array['CONSULTANT']::varchar(16)[], true),
    (gen_random_uuid(), 'dealer-bj-02', 'manager.bj', 'Qiang Liu', array['MANAGER']::varchar(16)[], true)
on conflict (dealer_id, user_id) do update set display_name = excluded.display_name, roles = excluded.roles,
    active = true;

insert into roster_dealer (dealer_id) values ('dealer-sh-01'), ('dealer-bj-02') on conflict do nothing;
