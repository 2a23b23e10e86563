-- The retention job removes processed events by age (platform Retention).
create index processed_event_processed_at on processed_event (processed_at);
