-- Bucket4j's table (PostgreSQL backend): one row per client address of the public endpoints, shared by
-- every gateway replica. state: Bucket4j's serialised bucket; expires_at: epoch millis after which the
-- bucket would be full again, so the row can go (SharedRateLimiter.removeFullBuckets).
create table public_rate_limit (
    id         varchar(80) primary key,
    state      bytea,
    expires_at bigint
);
create index public_rate_limit_expires_at on public_rate_limit (expires_at);
