-- Step 5, product presentation (docs/process.md): what a consultant presents of a model. One row per model:
-- the USP, the selling points (feature, advantage, benefit, the use scenes, optionally one trim) and the top
-- strengths and weaknesses against named competitor models, as JSON documents edited together.
create table product_knowledge (
    model_id        uuid primary key references vehicle_model (id),
    dealer_id       text not null,
    usp             text,
    selling_points  jsonb not null,
    competitors     jsonb not null,
    updated_by      text not null,
    updated_at      timestamptz not null,
    version         bigint not null default 0
);
