-- the order in which effects were written and the transaction that wrote each (BatchTest)
alter table sample_effect add column seq bigserial;
alter table sample_effect add column tx bigint not null default txid_current();
