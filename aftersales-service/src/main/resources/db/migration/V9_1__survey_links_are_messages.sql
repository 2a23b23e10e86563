-- Survey links are messages (issue 20): a SURVEY_LINK in outgoing_message, with the dealer's template, the consent
-- and opt-out rules and its delivery status. The older local provider's box of texts is no longer written or read.
drop table if exists customer_message;
