-- Complaints by severity (docs/process.md, step 10; seed 003 §8): deadlines to acknowledge and to resolve by
-- severity, the priority lists are ordered by, the resolution date told to the customer, the root cause.
alter table aftersales_settings
    add column urgent_acknowledge_hours int not null default 2,
    add column resolve_days_low         int not null default 14,
    add column resolve_days_medium      int not null default 7,
    add column resolve_days_high        int not null default 3,
    add column resolve_days_critical    int not null default 1;

alter table complaint
    add column priority               smallint,
    add column resolve_by             timestamptz,
    add column promised_resolution_by timestamptz,
    add column root_cause             text;

-- complaints opened before: their priority from their severity, their resolution deadline by the defaults
update complaint set priority = case severity
        when 'CRITICAL' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end,
    resolve_by = opened_at + case severity
        when 'CRITICAL' then interval '1 day' when 'HIGH' then interval '3 days'
        when 'MEDIUM' then interval '7 days' else interval '14 days' end;
alter table complaint alter column priority set not null, alter column resolve_by set not null;

-- the lists: not closed, by priority then age
create index complaint_priority on complaint (dealer_id, priority, opened_at) where status <> 'CLOSED';
-- the SLA job: unresolved past the resolution deadline
create index complaint_resolve_sla on complaint (resolve_by) where status in ('OPEN', 'ACKNOWLEDGED') and escalated_at is null;
-- the report: the period's complaints
create index complaint_opened on complaint (dealer_id, opened_at);
