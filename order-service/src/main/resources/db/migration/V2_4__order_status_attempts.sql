-- "Where is my car" guesses, per order number asked about (existing or not, so a lockout tells nothing):
-- failures within the window, and until when the number is locked. Shared by every replica.
create table order_status_attempt (
    order_number  text primary key,
    failures      int         not null,
    first_failure timestamptz not null,
    locked_until  timestamptz
);
create index order_status_attempt_first_failure on order_status_attempt (first_failure);
