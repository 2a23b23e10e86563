-- Grades that steer (docs/process.md, "Lead grades, follow-ups and stages").
--
-- 1. The purchase timeframe becomes one of THIS_WEEK, THIS_MONTH, ONE_TO_THREE_MONTHS, LATER (it was free
--    text). What staff typed before is read by the usual phrases, English and Chinese; a value none of them
--    reads is kept in the lead's notes ("Purchase timeframe (before 2026-12): ...") and the timeframe is left
--    empty for the consultant to set.
alter table lead rename column purchase_timeframe to purchase_timeframe_text;
alter table lead add column purchase_timeframe varchar(24)
    check (purchase_timeframe in ('THIS_WEEK', 'THIS_MONTH', 'ONE_TO_THREE_MONTHS', 'LATER'));
update lead set purchase_timeframe = case
    when upper(trim(purchase_timeframe_text)) in ('THIS_WEEK', 'THIS_MONTH', 'ONE_TO_THREE_MONTHS', 'LATER')
        then upper(trim(purchase_timeframe_text))
    when lower(purchase_timeframe_text) ~ '(this week|within (a|one|1) week|next few days|7 ?days|today|tomorrow|asap|本周|这周|一周|7天|七天|马上|立即|今天|明天|近期)'
        then 'THIS_WEEK'
    when lower(purchase_timeframe_text) ~ '(this month|within (a|one|1) month|(2|two) weeks|15 ?days|30 ?days|本月|这个月|一个月|半个月|两周|15天|30天)'
        then 'THIS_MONTH'
    when lower(purchase_timeframe_text) ~ '(1 ?(-|to|–) ?3|one to three|next month|(2|3|two|three) months|quarter|1-3个月|一到三个月|两个月|三个月|下个月|下月|季度)'
        then 'ONE_TO_THREE_MONTHS'
    when lower(purchase_timeframe_text) ~ '(later|next year|half a year|6 months|six months|not sure|undecided|someday|半年|明年|以后|不确定|待定)'
        then 'LATER'
    end
where purchase_timeframe_text is not null and erased_at is null;
update lead set notes = left(concat_ws(E'\n', notes, 'Purchase timeframe (before 2026-12): ' || purchase_timeframe_text), 2000)
where purchase_timeframe is null and purchase_timeframe_text is not null and trim(purchase_timeframe_text) <> ''
  and erased_at is null;
alter table lead drop column purchase_timeframe_text;

-- 2. Contacts of any kind: a follow-up, a visit or call (visit.recorded), a completed test drive, a quote. The
--    next follow-up is counted from the last one (last_contact_at); the first one ends the lead's wait for a
--    response (first_contact_at, and the consultant who owned the lead then). A walk-in or phone lead was in
--    contact at its capture. Leads from before: their earliest and latest known contact.
alter table lead add column first_contact_at timestamptz;
alter table lead add column first_contact_consultant_id varchar(100);
alter table lead add column last_contact_at timestamptz;
-- when the response-time check was done with the lead (reassigned, or found nobody to hand it to)
alter table lead add column response_checked_at timestamptz;
with known as (
    select l.id,
           least(case when l.channel in ('WALK_IN', 'PHONE') then l.created_at end,
                 (select min(f.occurred_at) from follow_up f where f.lead_id = l.id),
                 l.visited_at, l.test_driven_at, l.quoted_at) as first_at,
           greatest(l.last_follow_up_at, l.visited_at, l.test_driven_at, l.quoted_at,
                    case when l.channel in ('WALK_IN', 'PHONE') then l.created_at end) as last_at
    from lead l
)
update lead set first_contact_at = known.first_at,
                first_contact_consultant_id = case when known.first_at is not null then lead.consultant_id end,
                last_contact_at = known.last_at
from known where known.id = lead.id;
create index lead_dealer_first_contact on lead (dealer_id, created_at) where first_contact_at is null;

-- 3. The dealer's response limit for online and referral leads, in minutes of opening hours.
alter table lead_settings add column response_limit_minutes int not null default 30;
