package dev.showroom.web.care;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.time.LocalDate;

/**
 * Customer care's screens in English (call-backs, surveys, complaints, referrals); Simplified Chinese in
 * {@code messages/care_zh_CN.properties}. Templates: {@code {care:key}}. A bundle of its own, like the
 * consultant's {@code sales}.
 */
@MessageBundle(value = "care", locale = "en")
public interface Care {

    // ---- navigation and shared words
    @Message("Calls")
    String nav_calls();

    @Message("Complaints")
    String nav_complaints();

    @Message("Surveys")
    String nav_surveys();

    @Message("Referrals")
    String nav_referrals();

    @Message("Customer")
    String customer();

    @Message("Customer (not named)")
    String customer_unnamed();

    @Message("Customer {id}…")
    String customer_short(String id);

    @Message("Name")
    String customer_name();

    @Message("Phone")
    String phone();

    @Message("In international form, e.g. +8613912345678.")
    String phone_hint();

    @Message("No phone known")
    String no_phone();

    @Message("Order")
    String order_number();

    @Message("Status")
    String status();

    @Message("Due")
    String due();

    @Message("overdue")
    String overdue();

    @Message("Assigned to")
    String assignee();

    @Message("nobody yet")
    String nobody();

    @Message("Opened")
    String opened();

    @Message("Note")
    String note();

    @Message("Choose…")
    String choose();

    @Message("Show")
    String show();

    @Message("(optional: known from the customer's record)")
    String optional_known();

    @Message("{#if hours == 0}under an hour old{#else if hours < 48}{hours} h old{#else}{days} days old{/if}")
    String age(long hours, long days);

    @Message(
            "{#when what}{#is 'call'}The call is recorded.{#is 'survey'}The survey link was sent to the customer's phone."
                    + "{#is 'opened'}The complaint is opened; acknowledge it to the customer within the SLA."
                    + "{#is 'acknowledge'}The complaint is acknowledged.{#is 'notes'}The note is added."
                    + "{#is 'assign'}The complaint is handed over.{#is 'escalate'}The complaint is escalated: the managers take it over."
                    + "{#is 'resolve'}The complaint is resolved; ask the customer whether they accept it."
                    + "{#is 'confirm'}The customer's answer is recorded.{#is 'referrals'}The referrals are recorded; lead-service makes each a new prospect."
                    + "{#else}Saved.{/when}")
    String done(String what);

    // ---- call-backs
    @Message("Calls after delivery")
    String calls_title();

    @Message("Today, {today}: the customers to call after their delivery, overdue first.")
    String calls_lede(LocalDate today);

    @Message("Due now")
    String calls_due();

    @Message("Nothing due: every call-back up to today is done.")
    String calls_none_due();

    @Message("Coming up")
    String calls_coming();

    @Message("No call-back planned for the days ahead.")
    String calls_none_coming();

    @Message("Back to the calls")
    String back_to_calls();

    @Message("Call-back")
    String call_title();

    @Message("Call")
    String call_purpose_label();

    @Message(
            "{#when purpose}{#is 'PERIODIC_SURVEY'}Periodic check-in{#else}{#when day}{#is 0}On the delivery day{#is 1}The day after delivery{#else}{day} days after delivery{/when}{/when}")
    String call_purpose(String purpose, int day);

    @Message(
            "{#when status}{#is 'PENDING'}To call{#is 'DONE'}Done{#is 'UNREACHABLE'}Not reachable{#is 'CANCELLED'}Cancelled{#else}{status}{/when}")
    String call_status(String status);

    @Message("tries so far: {attempts}")
    String call_attempts(int attempts);

    @Message("· tries made: {attempts} of {max}")
    String call_attempts_of(int attempts, int max);

    @Message("Calls made")
    String call_history();

    @Message("Reached")
    String reached();

    @Message("Not reached")
    String not_reached();

    @Message("Record this call")
    String call_record();

    @Message(
            "Ask how they are getting on with the car, whether anything is missing or not working, and whether they have questions about the first service.")
    String call_script();

    @Message("Did you reach the customer?")
    String call_reached_q();

    @Message("What the customer said")
    String call_note();

    @Message("Not reached: try again at (optional)")
    String call_retry_at();

    @Message("Dealer's time. Empty: in {hours} hours. After the last try the call-back is marked not reachable.")
    String call_retry_hint(int hours);

    @Message("Save the call")
    String call_save();

    @Message("After the call")
    String call_after();

    // ---- surveys
    @Message("Surveys")
    String surveys_title();

    @Message("Satisfaction surveys go to the customer's phone as a link; only the customer answers them.")
    String surveys_lede();

    @Message("No survey matches.")
    String surveys_none();

    @Message("Back to the surveys")
    String back_to_surveys();

    @Message("Survey")
    String survey_title();

    @Message("Satisfaction survey")
    String survey_card();

    @Message("{#when status}{#is 'PENDING'}Waiting for the customer{#is 'COMPLETED'}Answered{#else}{status}{/when}")
    String survey_status(String status);

    @Message("Answered")
    String survey_answered();

    @Message("Waiting for the customer")
    String survey_waiting();

    @Message("Link expired")
    String survey_expired();

    @Message("Link not sent yet")
    String survey_not_sent();

    @Message("Answered {at}")
    String survey_answered_at(String at);

    @Message("Link sent {sent}, works until {expires}.")
    String survey_sent_at(String sent, String expires);

    @Message("sent {at}")
    String survey_sent_short(String at);

    @Message("recommends {score}/10")
    String survey_recommend(Integer score);

    @Message("Would recommend us")
    String survey_recommend_label();

    @Message("Send the survey link to the customer")
    String survey_send();

    @Message("Send a new link")
    String survey_send_again();

    @Message(
            "The link goes by text message to the customer's phone and is never shown here: only the customer answers. A new link replaces the previous one.")
    String survey_link_hint();

    @Message("Open the survey")
    String survey_open();

    @Message("Why")
    String survey_purpose_label();

    @Message(
            "{#when purpose}{#is 'DELIVERY'}After delivery{#is 'PERIODIC'}Periodic{#is 'LOST_CUSTOMER'}Lost customer{#else}{purpose}{/when}")
    String survey_purpose(String purpose);

    @Message("Link")
    String survey_link();

    @Message("Scores")
    String survey_scores();

    @Message("Questionnaire")
    String survey_template();

    @Message("The customer's answers")
    String survey_answers();

    @Message("Question")
    String survey_question();

    @Message("Answer")
    String survey_answer();

    @Message("not answered")
    String survey_no_answer();

    // ---- complaints
    @Message("Complaints")
    String complaints_title();

    @Message("Open (not closed)")
    String complaints_not_closed();

    @Message("Escalated only")
    String complaints_escalated_only();

    @Message("No complaint matches.")
    String complaints_none();

    @Message("Back to the complaints")
    String back_to_complaints();

    @Message("Complaint")
    String complaint_title();

    @Message("Open a complaint")
    String complaint_open();

    @Message(
            "{#if name}About {name}.{#else}About the customer of this call.{/if} Name and phone come from their record unless you enter others.")
    String complaint_about_customer(String name);

    @Message("About")
    String complaint_about();

    @Message(
            "{#when status}{#is 'OPEN'}Open{#is 'ACKNOWLEDGED'}Acknowledged{#is 'RESOLVED'}Resolved, waiting for the customer{#is 'CLOSED'}Closed{#else}{status}{/when}")
    String complaint_status(String status);

    @Message("How it came in")
    String complaint_channel();

    @Message("What it is about")
    String complaint_category();

    @Message("Severity")
    String complaint_severity();

    @Message("What the customer says")
    String complaint_description();

    @Message("History")
    String complaint_history();

    @Message("Acknowledge")
    String complaint_acknowledge();

    @Message("Tell the customer that the complaint is being handled, then record it here.")
    String complaint_acknowledge_hint();

    @Message("Add a note")
    String complaint_add_note();

    @Message("Investigation note")
    String complaint_note_text();

    @Message("Hand over")
    String complaint_assign();

    @Message("Colleague's user name")
    String complaint_assignee_id();

    @Message("As they sign in, e.g. care.sh or manager.sh.")
    String complaint_assignee_hint();

    @Message("Escalate to the managers")
    String complaint_escalate();

    @Message(
            "For a serious case: the managers take it over now, without waiting for the acknowledgement clock to run out.")
    String complaint_escalate_hint();

    @Message("Why")
    String complaint_escalate_reason();

    @Message("Resolve")
    String complaint_resolve();

    @Message("Remedy")
    String complaint_remedy();

    @Message("What was done")
    String complaint_resolution();

    @Message("The customer's answer")
    String complaint_confirm();

    @Message("Does the customer accept the resolution?")
    String complaint_confirm_q();

    @Message("Yes: close the complaint")
    String confirm_yes();

    @Message("No: investigate again")
    String confirm_no();

    @Message("Record the answer")
    String complaint_confirm_save();

    @Message("Escalated")
    String escalated();

    @Message("Escalated to the managers at {at} (why: in the history).")
    String escalated_note(String at);

    @Message("A manager handles an escalated complaint; you can read it here.")
    String escalated_managers();

    @Message("Opened")
    String history_opened();

    @Message("Acknowledged")
    String history_acknowledged();

    @Message("Resolved")
    String history_resolved();

    @Message("Closed: the customer accepted the resolution")
    String history_closed();

    @Message("{#when kind}{#is 'ESCALATION'}Escalation{#is 'REOPENED'}Reopened{#else}Note{/when}")
    String note_kind(String kind);

    @Message("Acknowledgement clock")
    String sla_label();

    @Message(
            "{#when state}{#is 'running'}{hours} h {mins} min left to acknowledge{#is 'breached'}Acknowledgement overdue by {hours} h {mins} min"
                    + "{#is 'met'}Acknowledged in {hours} h {mins} min, within the time allowed{#is 'late'}Acknowledged after {hours} h {mins} min, later than allowed"
                    + "{#else}{/when}")
    String sla(String state, long hours, long mins);

    @Message("To be acknowledged by {at}.")
    String sla_due(String at);

    @Message(
            "{#when category}{#is 'SALES_PROCESS'}Sales process{#is 'STAFF_BEHAVIOUR'}Staff behaviour{#is 'PRICE_AND_CONTRACT'}Price and contract"
                    + "{#is 'PRODUCT'}Product{#is 'DELIVERY'}Delivery{#is 'DOCUMENTS'}Documents{#is 'FINANCING'}Financing{#is 'OTHER'}Other{#else}{category}{/when}")
    String category(String category);

    @Message(
            "{#when channel}{#is 'PHONE'}Phone{#is 'SHOWROOM'}In the showroom{#is 'EMAIL'}E-mail{#is 'ONLINE'}Online{#is 'SOCIAL_MEDIA'}Social media"
                    + "{#is 'SURVEY'}Survey{#is 'LETTER'}Letter{#is 'OTHER'}Other{#else}{channel}{/when}")
    String channel(String channel);

    @Message(
            "{#when severity}{#is 'LOW'}Low{#is 'MEDIUM'}Medium{#is 'HIGH'}High{#is 'CRITICAL'}Critical{#else}{severity}{/when}")
    String severity(String severity);

    @Message(
            "{#when remedy}{#is 'COMPENSATION'}Compensation{#is 'APOLOGY'}Apology{#is 'REPAIR'}Repair{#is 'REPLACEMENT'}Replacement"
                    + "{#is 'REFUND'}Refund{#is 'EXPLANATION'}Explanation{#is 'OTHER'}Other{#else}{remedy}{/when}")
    String remedy(String remedy);

    // ---- complaints by severity and their report
    @Message(
            "{#when rootCause}{#is 'STAFF_CONDUCT'}Staff conduct{#is 'PROCESS_GAP'}A gap in our process{#is 'COMMUNICATION'}Communication"
                    + "{#is 'PRODUCT_DEFECT'}Product defect{#is 'DELIVERY_DELAY'}Delivery delay{#is 'SUPPLIER_OR_PARTNER'}Supplier or partner"
                    + "{#is 'CUSTOMER_EXPECTATION'}Customer's expectation{#is 'NO_FAULT_FOUND'}No fault found{#is 'OTHER'}Other"
                    + "{#is 'NOT_RESOLVED_YET'}Not resolved yet{#else}{rootCause}{/when}")
    String root_cause(String rootCause);

    @Message("Root cause")
    String root_cause_label();

    @Message("To be resolved by")
    String resolve_by_label();

    @Message("past its deadline")
    String resolution_overdue();

    @Message("Told the customer")
    String customer_told();

    @Message("Tell the customer it is being handled and to expect the resolution by {at}.")
    String complaint_tell_customer(String at);

    @Message(
            "Most serious first (critical, high, medium, low), then the oldest. High and critical ones go to the managers at once.")
    String complaints_order_hint();

    @Message("Severity")
    String severity_label();

    @Message("Complaints report")
    String report_title();

    @Message("From")
    String report_from();

    @Message("To")
    String report_to();

    @Message("Key figures")
    String report_kpis();

    @Message("Complaints")
    String report_complaints();

    @Message("Still open")
    String report_open();

    @Message("Acknowledged in time")
    String report_ack_in_time();

    @Message("Resolved")
    String report_resolved();

    @Message("Resolved in time")
    String report_resolved_in_time();

    @Message("Mean hours to resolve")
    String report_mean_hours();

    @Message("Median hours to resolve")
    String report_median_hours();

    @Message("{#when group}{#is 'severity'}By severity{#is 'category'}By category{#else}By root cause{/when}")
    String report_by(String group);

    @Message("{#when group}{#is 'severity'}Severity{#is 'category'}Category{#else}Root cause{/when}")
    String report_group(String group);

    @Message("No complaint in this period.")
    String report_none();

    @Message("Not closed, by age")
    String report_open_by_age();

    @Message("No complaint is open.")
    String report_none_open();

    @Message("Under a day")
    String report_age_day();

    @Message("1–3 days")
    String report_age_3();

    @Message("3–7 days")
    String report_age_7();

    @Message("Over 7 days")
    String report_age_more();

    @Message("Past the resolution deadline")
    String report_past_deadline();

    @Message("Customers who complained twice or more")
    String report_repeat();

    @Message("Nobody complained twice in this period.")
    String report_none_repeat();

    @Message("First")
    String report_first();

    @Message("Last")
    String report_last();

    // ---- referrals
    @Message("Referrals")
    String referrals_title();

    @Message(
            "From the signature on, each time a customer is asked they may refer one to three people who agreed to be called; each becomes a new prospect.")
    String referrals_lede();

    @Message("Customers reached lately")
    String referrals_reached();

    @Message("No customer was reached on a call-back yet.")
    String referrals_none_reached();

    @Message("Back to the referrals")
    String back_to_referrals();

    @Message("{#if name}Referrals of {name}{#else}Referrals of this customer{/if}")
    String referrals_of(String name);

    @Message("Referred so far")
    String referrals_recorded();

    @Message("Nobody referred yet.")
    String referrals_none();

    @Message("Record referrals")
    String referrals_record();

    @Message("Add people")
    String referrals_add();

    @Message("One to three people per ask. Leave a row empty to skip it.")
    String referrals_hint();

    @Message("Visit agreed (optional)")
    String referral_appointment();

    @Message("If you called the person on the spot and agreed a time, the showroom visit is booked for them.")
    String referral_appointment_hint();

    @Message("Asked for referrals on this call")
    String call_referrals_asked();

    @Message("Today's call is one of the referral calls: ask whether friends or family might like a car like theirs.")
    String call_referrals_hint();

    @Message("referrals asked")
    String call_referrals_were_asked();

    @Message("referrals not asked")
    String call_referrals_not_asked();

    @Message("Person {n}")
    String referral_person(int n);

    @Message("Relation (friend, colleague…)")
    String referral_relation();

    @Message("Received")
    String referral_received();

    @Message("This person agrees that the dealer calls them.")
    String referral_consent();

    @Message("Save the referrals")
    String referrals_save();
}
