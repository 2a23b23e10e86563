-- Every lead.contact (one per capture) looks for the visits recorded with the person's phone before their lead was
-- known (Reception.linkByPhone: dealer, phone, no lead). No index served it: the planner read every visit of the dealer
-- without a lead through visit_lead (the anonymous walk-ins of all time), or the whole table. Only visits without a
-- lead keep a phone (V2), so the index holds few rows.
create index visit_unlinked_phone on visit (dealer_id, contact_phone) where lead_id is null;
