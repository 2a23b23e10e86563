-- A confirmed defeat (lead.defeat-reviewed CONFIRMED) plans a lost-customer call (purpose LOST_CUSTOMER): one per
-- defeat, cancelled when the defeat is reopened before it is made.
alter table follow_up_call add column defeat_id uuid;
create unique index follow_up_call_defeat on follow_up_call (dealer_id, defeat_id) where defeat_id is not null;
