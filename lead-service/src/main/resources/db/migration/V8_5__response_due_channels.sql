-- lead_response_due (V8_4) held the leads never contacted of every channel, while the response check asks only for
-- the channels that await a response (Channel.awaitsResponse: ONLINE and CUSTOMER_REFERRAL, which its look-ups name
-- as literals). Another channel's leads never called (a marketing event's list of 5,000 imported) then filled the
-- index, and the planner read the whole table to find the dealers with a lead waiting (5,647 rows in a lead-service
-- test run). Now the index holds only the leads the check is about. A channel that comes to await a response needs
-- this predicate changed with it (the look-ups stay correct without; only the index would no longer serve them).
drop index lead_response_due;
create index lead_response_due on lead (created_at, dealer_id)
    where first_contact_at is null and response_checked_at is null and erased_at is null
        and channel in ('CUSTOMER_REFERRAL', 'ONLINE');
