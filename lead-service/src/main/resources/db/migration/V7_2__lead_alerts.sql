-- Manager alerts (docs/process.md, "Manager alerts"): a hot lead left past its follow-up window, an online or
-- referral lead not contacted within the dealer's response limit. One alert per lead, kind and missed moment
-- (due_at: the follow-up that was missed, or the response deadline): the scheduled checks may run twice, the
-- unique index keeps one. No personal data: the lead is named by its id.
create table lead_alert (
    id               uuid primary key,
    dealer_id        varchar(64)  not null,
    kind             varchar(32)  not null check (kind in ('HOT_LEAD_OVERDUE', 'RESPONSE_TIME_EXCEEDED')),
    lead_id          uuid         not null references lead (id),
    consultant_id    varchar(100),
    reassigned_to    varchar(100),
    due_at           timestamptz  not null,
    raised_at        timestamptz  not null,
    acknowledged_at  timestamptz,
    acknowledged_by  varchar(100),
    version          bigint       not null default 0
);
create unique index lead_alert_once on lead_alert (lead_id, kind, due_at);
create index lead_alert_dealer_open on lead_alert (dealer_id, raised_at) where acknowledged_at is null;
create index lead_alert_dealer_raised on lead_alert (dealer_id, raised_at);
create index lead_hot_follow_up on lead (dealer_id, next_follow_up_at) where grade = 'H' and erased_at is null;
