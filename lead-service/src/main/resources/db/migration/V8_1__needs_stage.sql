-- Step 4, needs analysis that leads somewhere: a NEEDS_ANALYSED stage between VISITED and PRESENTED
-- (needs.analysed of visit-service), with the model and trim recommended from the analysis; the stored rank of
-- every later stage moves up by one, so that the funnel's "at least this stage" holds (as V4_19 did).
-- price_before_value: the lead's first quote came before any needs analysis and any test drive (seeds 000 and
-- 002: value before price); kept with the lead from the milestones (prospect/PriceBeforeValue).
alter table lead add column needs_analysed_at timestamptz;
alter table lead add column recommended_model varchar(100);
alter table lead add column recommended_trim varchar(100);
alter table lead add column recommended_at timestamptz;
alter table lead add column price_before_value boolean not null default false;
update lead set stage_rank = stage_rank + 1 where stage_rank >= 2;
-- the leads quoted before this migration: flagged by the same rule (no needs analysis was known to lead-service
-- then, so a quote before any test drive is price before value)
update lead set price_before_value = true
 where quoted_at is not null and (test_driven_at is null or test_driven_at > quoted_at);
