-- The campaign or marketing event the reception named on a call or walk-in (docs/process.md, step 1): lead-service's
-- campaign id, carried on visit.contact so that an unknown visitor's new lead points to it (no foreign key: the
-- campaigns are lead-service's).
alter table visit add column campaign_id uuid;
