-- A tombstone (docs/reliability.md, item 11): an outbox row without payload is published as a record with a
-- null value, which tells a compacted topic (lead.contact) to forget its key.
alter table outbox_event alter column payload drop not null;
