-- Step 5, product presentation (docs/process.md): the record of a presentation with the selling points it
-- covered, and its checkpoints counted in compliance beside the reception ones (visit_checkpoint: a presentation's rows
-- name the presentation instead of a visit).
create table presentation (
    id                  uuid primary key,
    dealer_id           varchar(64)   not null,
    lead_id             uuid          not null,
    visit_id            uuid,
    needs_analysis_id   uuid          references needs_analysis (id),
    consultant_id       varchar(100)  not null,
    model_code          varchar(100)  not null,
    trim_code           varchar(100),
    competitor_asked    varchar(100),
    -- the selling points covered, in the order presented: [{sellingPointId, feature, reacted, need}]
    points              jsonb         not null,
    presented_at        timestamptz   not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null,
    version             bigint        not null default 0
);
create index presentation_lead on presentation (dealer_id, lead_id);
create index presentation_consultant on presentation (dealer_id, consultant_id, presented_at);

alter table visit_checkpoint alter column visit_id drop not null;
alter table visit_checkpoint alter column kind type varchar(16);
alter table visit_checkpoint add column presentation_id uuid references presentation (id);
alter table visit_checkpoint add constraint visit_checkpoint_one_record
    check ((visit_id is null) <> (presentation_id is null));
create index visit_checkpoint_presentation on visit_checkpoint (presentation_id);
