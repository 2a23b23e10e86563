-- Step 5, product presentation: a PRESENTED stage between VISITED and TEST_DRIVEN (presentation.recorded).
-- The stored rank of every later stage moves up by one, so that the funnel's "at least this stage" holds.
alter table lead add column presented_at timestamptz;
update lead set stage_rank = stage_rank + 1 where stage_rank >= 2;
