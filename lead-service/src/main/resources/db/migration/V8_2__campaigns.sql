-- Campaigns (issue 19): a marketing event or campaign of a dealer (name, dates, budget, channel), which leads point
-- to (lead.campaign_id, set at capture: staff, the public form's ?campaign=, an import); the campaign report counts
-- its leads' funnel and the cost per lead, test drive and order (campaign/CampaignCost).
create table campaign (
    id          uuid primary key,
    dealer_id   varchar(64)   not null,
    name        varchar(100)  not null,
    channel     varchar(30),
    starts_on   date          not null,
    ends_on     date          not null,
    budget      numeric(14,2) not null check (budget >= 0),
    note        varchar(500),
    created_by  varchar(100)  not null,
    created_at  timestamptz   not null,
    updated_at  timestamptz   not null,
    version     bigint        not null default 0,
    check (ends_on >= starts_on)
);
create index campaign_dealer on campaign (dealer_id, starts_on);
alter table lead add column campaign_id uuid references campaign (id);
create index lead_campaign on lead (campaign_id) where campaign_id is not null;
