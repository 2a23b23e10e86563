-- Step 4, needs analysis that leads somewhere: the model and trim of the dealer's catalogue recommended from the
-- analysis (catalogue codes, order-service's; announced on needs.analysed), and how often it was revised.
alter table needs_analysis add column recommended_model varchar(40);
alter table needs_analysis add column recommended_trim varchar(40);
