-- The quotes of a dealer in one status, newest first: the manager's approvals (GET /api/v1/quotes?status=
-- PENDING_APPROVAL, every consultant's, a page and its total). quote_consultant holds the status after the
-- consultant: a custom plan fetches only the pending rows through it, but the generic plan a prepared statement may
-- take after five executions (the status a parameter, a quarter of the rows to its estimate) scanned every quote of
-- the dealer and sorted them for the page. Here the page reads its rows in order (the id, the list's tie-break, is
-- sorted incrementally). Not a partial index of the pending ones: a generic plan cannot use an index whose predicate
-- names the value. quote_consultant stays: a consultant's own list (dealer_id, consultant_id, status).
create index quote_status on quote (dealer_id, status, created_at desc);
