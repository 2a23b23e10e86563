-- Surveys that check the checkpoints (docs/process.md, step 10): a yes/no answer keeps the checkpoint its question
-- checks, so that what customers said is set beside what staff declared; a detractor's answer opens a complaint.
alter table survey_answer add column checkpoint text;
create index survey_answer_checkpoint on survey_answer (survey_id) where checkpoint is not null;

alter table complaint add column survey_id uuid;
-- one complaint per survey, whatever retries happen
create unique index complaint_survey on complaint (survey_id) where survey_id is not null;
