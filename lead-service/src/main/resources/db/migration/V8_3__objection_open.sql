-- The open objections (the manager's dashboard and a consultant's, on every load) were found through the dealer's
-- index of all objections ever raised, resolved ones included. Open objections are few.
create index objection_open on objection (dealer_id, lead_id) where resolved_at is null;
