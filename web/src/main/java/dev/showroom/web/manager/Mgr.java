package dev.showroom.web.manager;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The manager's and hq's screens in English (dashboard, approvals, opening checklist, targets, rota, settings,
 * the view across dealers); Simplified Chinese in {@code messages/mgr_zh_CN.properties}. Templates:
 * {@code {mgr:key}}. A bundle of its own, like the consultant's {@code sales}, so each role's screens grow
 * without touching one shared file.
 */
@MessageBundle(value = "mgr", locale = "en")
public interface Mgr {

    // ---- navigation and shared words
    @Message("Dashboard")
    String nav_dashboard();

    @Message("Approvals")
    String nav_approvals();

    @Message("Across dealers")
    String nav_hq();

    @Message("Back to the dashboard")
    String back_to_dashboard();

    @Message("From")
    String filter_from();

    @Message("To")
    String filter_to();

    @Message("Consultant")
    String filter_consultant();

    @Message("All consultants")
    String filter_all_consultants();

    @Message("Channel")
    String filter_channel();

    @Message("All channels")
    String filter_all_channels();

    @Message("Show")
    String filter_show();

    @Message("Reset")
    String filter_reset();

    @Message("The channel filters the funnel; the consultant the funnel, compliance and the consultants' table.")
    String filter_hint();

    @Message("{from} to {to}")
    String period(String from, String to);

    @Message("Period")
    String periods_label();

    @Message("{#when key}{#is 'this_month'}This month{#is 'last_month'}Last month{#is 'last_90_days'}Last 90 days"
            + "{#else}{key}{/when}")
    String period_preset(String key);

    @Message("Not available now:")
    String gaps();

    @Message("{#when section}{#is 'funnel'}funnel{#is 'compliance'}checkpoint compliance{#is 'satisfaction'}CSI and NPS"
            + "{#is 'overdue'}overdue follow-ups{#is 'complaints'}complaints{#is 'approvals'}approvals{#is 'rota'}rota"
            + "{#is 'traffic'}showroom traffic"
            + "{#is 'alerts'}alerts"
            + "{#else}{section}{/when}")
    String section(String section);

    @Message("The service that holds these figures does not answer now; try again in a minute.")
    String section_unavailable();

    @Message("Nothing in this period.")
    String none_in_period();

    @Message("No survey answered in this period.")
    String no_surveys();

    @Message(
            "{#when stage}{#is 'leads'}Leads{#is 'visited'}Visited{#is 'needsAnalysed'}Needs analysed{#is 'presented'}Presented{#is 'testDriven'}Test-driven{#is 'quoted'}Quoted"
                    + "{#is 'ordered'}Ordered{#is 'delivered'}Delivered{#else}{stage}{/when}")
    String stage(String stage);

    @Message("{#when channel}{#is 'WALK_IN'}Walk-in{#is 'PHONE'}Phone{#is 'MARKETING_EVENT'}Marketing event"
            + "{#is 'CUSTOMER_REFERRAL'}Customer referral{#is 'PERSONAL_NETWORK'}Personal network{#is 'PARTNER'}Partner"
            + "{#is 'ONLINE'}Online{#is 'OTHER'}Other{#else}{channel}{/when}")
    String channel(String channel);

    @Message(
            "{#when step}{#is 'RECEPTION'}Reception{#is 'NEEDS_ANALYSIS'}Needs analysis{#is 'PRESENTATION'}Presentation"
                    + "{#is 'TEST_DRIVE'}Test drive{#is 'NEGOTIATION'}Negotiation{#is 'DELIVERY'}Delivery{#else}{step}{/when}")
    String step(String step);

    @Message("{#when step}{#is 'CALL'}Phone checkpoints{#is 'WALK_IN'}Walk-in checkpoints{#else}{step}{/when}")
    String visit_step(String step);

    @Message("{#when category}{#is 'SALES_PROCESS'}Sales process{#is 'STAFF_BEHAVIOUR'}Staff behaviour"
            + "{#is 'PRICE_AND_CONTRACT'}Price and contract{#is 'PRODUCT'}Product{#is 'DELIVERY'}Delivery"
            + "{#is 'DOCUMENTS'}Documents{#is 'FINANCING'}Financing{#is 'OTHER'}Other{#else}{category}{/when}")
    String category(String category);

    @Message("{#when severity}{#is 'LOW'}Low{#is 'MEDIUM'}Medium{#is 'HIGH'}High{#is 'CRITICAL'}Critical"
            + "{#else}{severity}{/when}")
    String severity(String severity);

    @Message(
            "{#when status}{#is 'OPEN'}Open{#is 'ACKNOWLEDGED'}Acknowledged{#is 'RESOLVED'}Resolved, waiting for the customer"
                    + "{#is 'CLOSED'}Closed{#else}{status}{/when}")
    String complaint_status(String status);

    // ---- table columns
    @Message("Stage")
    String col_stage();

    @Message("Leads")
    String col_count();

    @Message("From the stage before")
    String col_from_previous();

    @Message("Consultant")
    String col_consultant();

    @Message("Price before value")
    String col_price_before_value();

    @Message(
            "Leads whose first quote came before any needs analysis and test drive (seeds 000 and 002: value before price)")
    String col_price_before_value_title();

    @Message("{#when id}{#is '(unassigned)'}No consultant yet{#else}{inject:staff.name(id)}{/when}")
    String consultant(String id);

    @Message("Lead → order")
    String col_lead_to_order();

    @Message("Lead → visit")
    String col_lead_to_visit();

    @Message("Checkpoints met")
    String col_compliance();

    @Message("Overdue follow-ups")
    String col_overdue();

    @Message("Step")
    String col_step();

    @Message("Surveys")
    String col_surveys();

    @Message("Opened")
    String col_opened();

    @Message("Customer")
    String col_customer();

    @Message("Category")
    String col_category();

    @Message("Severity")
    String col_severity();

    @Message("Status")
    String col_status();

    @Message("Assignee")
    String col_assignee();

    @Message("Acknowledgement")
    String col_sla();

    @Message("Dealer")
    String col_dealer();

    // ---- dashboard
    @Message("Showroom traffic")
    String traffic_title();

    @Message("Showroom traffic in figures")
    String traffic_kpis();

    @Message("Walk-ins")
    String traffic_walk_ins();

    @Message("Capture rate (contact left)")
    String traffic_capture();

    @Message("Walk-in → test drive")
    String traffic_to_test_drive();

    @Message("Walk-in → quote")
    String traffic_to_quote();

    @Message("Minutes in the showroom")
    String traffic_minutes();

    @Message(
            "Walk-ins of the period by the day they came (the dealer's days). A return visit is a known customer who walked in before; "
                    + "a contact is left when the visitor is a known customer or gave a phone or e-mail; a walk-in leads to a test drive "
                    + "or a quote when the customer completed one or was quoted from that day on. Minutes: of the visits whose departure was recorded.")
    String traffic_hint();

    @Message("Walk-ins per day, and contacts left")
    String traffic_days_caption();

    @Message("Walk-ins and contacts left per day; the figures of the days with walk-ins are in the table below it.")
    String chart_traffic_days();

    @Message("{#if count == 1}One day of the period without walk-ins is not listed"
            + "{#else}{count} days of the period without walk-ins are not listed{/if} (the chart shows them as zeros).")
    String traffic_quiet_days(int count);

    @Message("Per consultant")
    String traffic_consultants();

    @Message(
            "Walk-ins each consultant served, the share that left a contact, and the shares that went on to a test drive and a quote.")
    String traffic_consultants_caption();

    @Message("Capture rate and conversions per consultant; the figures are in the table below it.")
    String chart_traffic_consultants();

    @Message("{#when id}{#is '(none)'}Nobody yet{#else}{inject:staff.name(id)}{/when}")
    String traffic_consultant(String id);

    @Message("Day")
    String col_day();

    @Message("First visits")
    String col_first_visits();

    @Message("Return visits")
    String col_return_visits();

    @Message("People per group")
    String col_party();

    @Message("Contacts left")
    String col_contacts_left();

    @Message("Test-driven")
    String col_test_driven();

    @Message("Quoted")
    String col_quoted();

    @Message("Sales dashboard")
    String dashboard_title();

    @Message("Key figures")
    String kpis_label();

    /** The dashboard's links to its sections: a manager on a tablet goes to one without scrolling past the rest. */
    @Message("On this page")
    String sections_label();

    @Message("Checkpoints met")
    String kpi_compliance();

    @Message("Overdue follow-ups")
    String kpi_overdue();

    @Message("Open complaints")
    String kpi_complaints();

    @Message("Quotes to approve")
    String kpi_approvals();

    @Message("Funnel")
    String funnel_title();

    @Message("Leads created in the period that reached at least each stage, and the share of the stage before.")
    String funnel_caption();

    @Message("Funnel chart; the figures are in the table below it.")
    String chart_funnel();

    @Message("By channel")
    String channels_title();

    @Message("Leads and orders per channel where the leads came from.")
    String channels_caption();

    @Message("Bar chart of leads and orders per channel; the figures are in the table below it.")
    String chart_channels();

    @Message("Consultants")
    String consultants_title();

    @Message(
            "Each consultant's funnel, the leads quoted before any needs analysis and test drive (price before value), satisfaction checkpoints met at reception, CSI and follow-ups overdue now.")
    String consultants_caption();

    @Message("Bar chart of the checkpoints each consultant met; the figures are in the table below.")
    String chart_compliance();

    @Message("Bar chart of each consultant's overdue follow-ups; the figures are in the table below.")
    String chart_overdue();

    @Message("CSI and NPS")
    String satisfaction_title();

    @Message(
            "{surveys} surveys answered in the period. CSI: the mean rating on 0–100; NPS: promoters minus detractors.")
    String satisfaction_hint(long surveys);

    @Message("CSI, NPS and checkpoints met per step of the sales process.")
    String steps_caption();

    @Message("Bar chart of the CSI per step; the figures are in the table below it.")
    String chart_steps();

    @Message("Open complaints")
    String complaints_title();

    @Message("Complaints not closed, oldest first, with the time left to acknowledge them.")
    String complaints_caption();

    @Message("No open complaint.")
    String no_complaints();

    @Message("escalated")
    String escalated();

    @Message("acknowledged")
    String sla_acknowledged();

    @Message("late by {hours} h")
    String sla_late(long hours);

    @Message("{hours} h left")
    String sla_left(long hours);

    // ---- approvals
    @Message("Discounts to approve")
    String approvals_title();

    @Message("These quotes give a discount above the consultant's limit; the customer waits until you decide.")
    String approvals_lede();

    @Message("No quote waits for your approval.")
    String approvals_none();

    @Message("The {shown} oldest of {total} are shown.")
    String approvals_more(long total, int shown);

    @Message("Asked")
    String approval_asked();

    @Message("List price")
    String approval_list_price();

    @Message("Discount")
    String approval_discount();

    @Message("Consultant's limit")
    String approval_limit();

    @Message("Total")
    String approval_total();

    @Message("Trade-in")
    String approval_trade_in();

    @Message("Consultant's note")
    String approval_consultant_note();

    @Message("Open the quote")
    String approval_see_quote();

    @Message("Open the customer")
    String approval_see_lead();

    @Message("Note to the consultant")
    String approval_note();

    @Message("A refusal needs its reason; the consultant reads it on the quote.")
    String approval_note_hint();

    @Message("Say why you refuse: the consultant tells the customer.")
    String approval_reason_required();

    @Message("Approve")
    String approve();

    @Message("Refuse")
    String refuse();

    @Message(
            "{#when what}{#is 'approved'}Approved: the quote is issued to the customer.{#is 'rejected'}Refused: the consultant sees your reason."
                    + "{#is 'conflict'}Someone decided that quote meanwhile; the list is up to date.{#else}Saved.{/when}")
    String approval_done(String what);

    // ---- hq
    @Message("Across dealers")
    String hq_title();

    @Message("Counts only, no customer; days in Beijing time.")
    String hq_hint();

    @Message("Funnel per dealer")
    String hq_funnel_title();

    @Message("Leads created in the period per dealer that reached at least each stage, with the brand's total.")
    String hq_funnel_caption();

    @Message("Bar chart of leads, test drives and orders per dealer; the figures are in the table below it.")
    String chart_hq_funnel();

    @Message("Brand total")
    String hq_brand_total();

    @Message("Satisfaction per dealer")
    String hq_satisfaction_title();

    @Message("Surveys answered, CSI, NPS and checkpoints met per dealer.")
    String hq_satisfaction_caption();

    @Message("Bar chart of CSI and NPS per dealer; the figures are in the table below it.")
    String chart_hq_satisfaction();

    @Message("Per step")
    String hq_steps_title();

    @Message(
            "CSI of each step of the sales process from the surveys, and the share of the showroom's checkpoints met on the phone and at walk-ins.")
    String hq_steps_hint();

    @Message("Each dealer's CSI per step and checkpoints met per showroom step.")
    String hq_steps_caption();

    // ---- opening checklist
    @Message("Opening checklist")
    String nav_checklist();

    @Message("Opening checklist")
    String checklist_title();

    @Message(
            "{#when what}{#is 'run'}The morning run is recorded; each failure is an action for its owner."
                    + "{#is 'spot'}The spot check is recorded; a failure is now an action of its owner.{#is 'closed'}The action is closed.{#else}Saved.{/when}")
    String checklist_done(String what);

    @Message("Before the showroom opens, {date}: walk the floor; tick only what fails and say who fixes it today.")
    String checklist_lede(String date);

    @Message("The dealer's opening checklist")
    String checklist_caption();

    @Message("Item")
    String checklist_item();

    @Message("Failed")
    String checklist_failed();

    @Message("Note")
    String checklist_note();

    @Message("Who fixes it")
    String checklist_owner();

    @Message("Name who fixes it today.")
    String checklist_owner_required();

    @Message("Note on {label}")
    String checklist_note_of(String label);

    @Message("Who fixes {label}")
    String checklist_owner_of(String label);

    @Message("Every item not ticked passes. The run is recorded once a day.")
    String checklist_hint();

    @Message("Record the morning run")
    String checklist_record();

    @Message("Today's run")
    String checklist_today();

    @Message("Passed")
    String checklist_passed();

    @Message("Failed")
    String checklist_failures();

    @Message("Actions open")
    String checklist_open();

    @Message("Closed the same day")
    String checklist_closed_same_day();

    @Message("Run by {runBy} on {date}.")
    String checklist_run_by(String runBy, String date);

    @Message("Actions still open")
    String checklist_actions();

    @Message("No action open.")
    String checklist_no_actions();

    @Message("How it was fixed")
    String checklist_close_note();

    @Message("Close")
    String checklist_close();

    // ---- targets, rota, settings
    @Message("Save")
    String save();

    @Message("Targets")
    String nav_targets();

    @Message("Rota")
    String nav_rota();

    @Message("Settings")
    String nav_settings();

    @Message("Sales targets")
    String targets_title();

    @Message("The target is saved; its decomposition follows the dealer's rates of the last 90 days.")
    String targets_saved();

    @Message("Month")
    String targets_month();

    @Message("What a target takes, worked back with the dealer's conversion rates of the last 90 days.")
    String targets_hint();

    @Message("Targets of {month}: orders signed so far and what the target takes")
    String targets_caption(String month);

    @Message("Signed / target")
    String targets_signed();

    @Message("Test drives needed")
    String targets_test_drives();

    @Message("Visits needed")
    String targets_visits();

    @Message("Leads needed")
    String targets_leads();

    @Message("Set the target")
    String targets_set();

    @Message("No target set.")
    String targets_none();

    @Message("Orders {consultant} should sign")
    String targets_sales_of(String consultant);

    @Message("Orders to sign")
    String targets_sales();

    @Message("How it is worked out")
    String targets_how();

    @Message("Another consultant")
    String targets_other();

    @Message("Roster and duty")
    String rota_title();

    @Message(
            "{#when which}{#is 'duty'}Today's duty is saved: the next lead and the next customer go to the first on it."
                    + "{#is 'member'}The roster is saved.{#else}Saved.{/when}")
    String rota_saved(String which);

    @Message("On duty today, {date}")
    String rota_today(String date);

    @Message("The consultants on duty take new leads in turn (enquiries from the website, imports, captures without a "
            + "consultant), and the front desk hands them walk-ins and calls in the same order.")
    String rota_duty_hint();

    @Message("Nobody is on duty today.")
    String rota_nobody();

    @Message("Who takes the next walk-in or call")
    String rota_today_caption();

    @Message("State")
    String rota_state();

    @Message("Customers taken")
    String rota_taken();

    @Message("next")
    String rota_next();

    @Message("with a customer")
    String rota_busy();

    @Message("free")
    String rota_free();

    @Message("Consultants on duty from today, in order")
    String rota_today_label();

    @Message("One user name a line, in the order they take turns.")
    String rota_one_a_line();

    @Message("The consultants:")
    String rota_consultants();

    @Message("Staff")
    String rota_staff();

    @Message("Who works here, by their sign-in user name. One who left is made inactive: they take no new lead and "
            + "leave the duty; their leads stay theirs until reassigned.")
    String rota_staff_hint();

    @Message("The dealer's staff")
    String rota_staff_caption();

    @Message("Name")
    String rota_name();

    @Message("User name")
    String rota_user();

    @Message("The user name they sign in with (Keycloak); without an account they cannot sign in.")
    String rota_user_hint();

    @Message("Roles")
    String rota_roles();

    @Message("Active")
    String rota_active();

    @Message("active")
    String rota_is_active();

    @Message("inactive")
    String rota_is_inactive();

    @Message("Make {name} inactive")
    String rota_make_inactive(String name);

    @Message("Make {name} active")
    String rota_make_active(String name);

    @Message("Add a member")
    String rota_add();

    @Message("Add")
    String rota_add_button();

    @Message(
            "{#when role}{#is 'RECEPTIONIST'}Receptionist{#is 'CONSULTANT'}Consultant{#is 'CUSTOMER_CARE'}Customer care"
                    + "{#is 'MANAGER'}Manager{#is 'ADMIN'}Administrator{#else}{role}{/when}")
    String roster_role(String role);

    @Message("Settings")
    String settings_title();

    @Message(
            "{#when area}{#is 'profile'}The dealer's profile is saved; every service applies it."
                    + "{#is 'leads'}Lead settings are saved.{#is 'visits'}Showroom settings are saved."
                    + "{#is 'orders'}Order settings are saved.{#is 'follow-ups'}After-sales settings are saved.{#else}Saved.{/when}")
    String settings_saved(String area);

    @Message("The dealer's rules each service applies. A change applies to what is recorded from now on.")
    String settings_lede();

    @Message(
            "{#when area}{#is 'profile'}The dealer's profile{#is 'leads'}Leads and follow-ups{#is 'visits'}Showroom{#is 'orders'}Quotes and orders"
                    + "{#is 'follow-ups'}After-sales{#else}{area}{/when}")
    String settings_area(String area);

    @Message("Separated by commas.")
    String settings_list_hint();

    @Message("A day a line: the weekday (MONDAY …), the time it opens and the time it closes, e.g. MONDAY 09:00-18:00; "
            + "a day not listed is closed.")
    String settings_lines_hint();

    @Message("{#when key}{#is 'region'}Phone region (two letters){#is 'timeZone'}Time zone"
            + "{#is 'cadenceDays.H'}Days between follow-ups, grade H{#is 'cadenceDays.A'}Days between follow-ups, grade A"
            + "{#is 'cadenceDays.B'}Days between follow-ups, grade B{#is 'cadenceDays.C'}Days between follow-ups, grade C"
            + "{#is 'firstFollowUpDays'}Days to the first follow-up"
            + "{#is 'responseLimitMinutes'}Minutes to contact a new online or referral lead (opening hours)"
            + "{#is 'answerWithinRings'}Answer within rings"
            + "{#is 'answerWithinSeconds'}Answer within seconds{#is 'reminderHoursBefore'}Appointment reminder, hours before"
            + "{#is 'currency'}Currency{#is 'openingHours'}Opening hours{#is 'languages'}Languages (e.g. zh-CN, en)"
            + "{#is 'consultantDiscountLimitPercent'}Consultant's discount limit (% of the list price)"
            + "{#is 'quoteValidityDays'}Days a quote is valid{#is 'deliveryLeadDays'}Days to delivery"
            + "{#is 'followUpDays'}Call-backs, days after delivery{#is 'callTime'}Time of the call-backs"
            + "{#is 'followUpAssignee'}Who calls back{#is 'customerCareStaffId'}Customer care's user"
            + "{#is 'maxCallAttempts'}Call attempts{#is 'retryHours'}Hours before trying again"
            + "{#is 'acknowledgeSlaHours'}Hours to acknowledge a complaint{#is 'surveyLinkDays'}Days a survey link is valid"
            + "{#is 'periodicSurveyMonths'}Months between periodic surveys{#else}{key}{/when}")
    String setting(String key);

    @Message("{#when choice}{#is 'CONSULTANT'}The consultant{#is 'CUSTOMER_CARE'}Customer care{#else}{choice}{/when}")
    String setting_choice(String choice);

    // ---- defeats to review and the defeat and objection report
    @Message("Defeats to review")
    String nav_defeats();

    @Message("Defeats and objections")
    String nav_defeat_report();

    @Message("Defeats to review")
    String defeats_title();

    @Message("No defeat waits for your review.")
    String defeats_none();

    @Message("Confirm a defeat and customer care calls the lost customer to learn why; or reopen the lead, for its"
            + " consultant or another one.")
    String defeats_lede();

    @Message("{#when what}{#is 'confirmed'}Defeat confirmed: the lost-customer call is planned.{#is 'reopened'}"
            + "The lead is open again.{#is 'conflict'}This defeat was reviewed or reopened meanwhile; the list shows"
            + " it as it is now.{#else}Saved.{/when}")
    String defeat_done(String what);

    @Message("Customer")
    String defeat_customer();

    @Message("Defeated on")
    String defeat_when();

    @Message("Model")
    String defeat_model();

    @Message("Objections before the defeat")
    String defeat_last_objections();

    @Message("none recorded")
    String defeat_no_objections();

    @Message("Reopen for")
    String defeat_reassign_to();

    @Message("Its consultant")
    String defeat_keep_consultant();

    @Message("Confirm the defeat")
    String defeat_confirm();

    @Message("Reopen the lead")
    String defeat_reopen();

    @Message("Defeats and objections")
    String defeat_report_title();

    @Message("Defeats")
    String defeat_report_defeats();

    @Message("Objections")
    String defeat_report_objections();

    @Message("{#when group}{#is 'REASON'}Defeats by reason{#is 'COMPETITOR'}Competitors bought{#is 'STAGE'}"
            + "Defeats by stage reached{#is 'CHANNEL'}Defeats by channel{#is 'MODEL'}Defeats by model{#is 'CONSULTANT'}"
            + "Defeats by consultant{#else}{group}{/when}")
    String defeat_by(String group);

    @Message("{#when group}{#is 'REASON'}Reason{#is 'COMPETITOR'}Competitor's model{#is 'STAGE'}Stage reached"
            + "{#is 'CHANNEL'}Channel{#is 'MODEL'}Model{#is 'CONSULTANT'}Consultant{#else}{group}{/when}")
    String defeat_group(String group);

    @Message("Share")
    String defeat_col_share();

    @Message("Confirmed")
    String defeat_col_confirmed();

    @Message("Reopened")
    String defeat_col_reopened();

    @Message("To review")
    String defeat_col_pending();

    @Message("{#when group}{#is 'CATEGORY'}Objections by category{#is 'MODEL'}Objections by model{#is 'CONSULTANT'}"
            + "Objections by consultant{#else}{group}{/when}")
    String objection_by(String group);

    @Message(
            "{#when group}{#is 'CATEGORY'}Objection{#is 'MODEL'}Model{#is 'CONSULTANT'}Consultant{#else}{group}{/when}")
    String objection_group(String group);

    @Message("Raised")
    String objection_col_raised();

    @Message("Resolved")
    String objection_col_resolved();

    @Message("Before a defeat")
    String objection_col_before_defeat();

    @Message("True")
    String objection_col_true();

    @Message("Pretexts")
    String objection_col_pretexts();

    @Message("Commitments")
    String objection_col_committed();

    // ---- pre-sales preparation during the day (spot checks, etiquette scorecard, meetings)
    @Message("Etiquette")
    String nav_etiquette();

    @Message("Meetings")
    String nav_meetings();

    @Message("Spot checks today")
    String spot_title();

    @Message(
            "Walk the floor during the day (walk-around management): check any item of the list, or something else, in an area; "
                    + "a failure names who fixes it and joins the actions below.")
    String spot_hint();

    @Message("Something else (say what in the note)")
    String spot_other();

    @Message("Area")
    String spot_area();

    @Message("Record the spot check")
    String spot_record();

    @Message("No spot check today yet.")
    String spot_none();

    @Message("passed")
    String spot_passed();

    @Message("Etiquette and appearance")
    String etiquette_title();

    @Message("The score is recorded.")
    String etiquette_done();

    @Message("Score a consultant as you saw them on the floor: uniform and a smile, standing and walking, handshake, "
            + "business card, tone and pace of speech; 1 (poor) to 5 (exemplary).")
    String etiquette_lede();

    @Message("Score a consultant")
    String etiquette_score();

    @Message(
            "{#when item}{#is 'APPEARANCE'}Appearance (uniform, smile){#is 'POSTURE'}Standing and walking"
                    + "{#is 'HANDSHAKE'}Handshake{#is 'BUSINESS_CARD'}Business card{#is 'TONE'}Tone and pace{#else}{item}{/when}")
    String etiquette_item(String item);

    @Message("Note")
    String etiquette_note();

    @Message("Record the score")
    String etiquette_record();

    @Message("Scorecard per consultant")
    String etiquette_scorecard();

    @Message("Mean score per consultant; the figures are in the table below it.")
    String chart_etiquette();

    @Message("Scores from {from} to {to}: how many, the mean of all items and of each, and the weakest item.")
    String etiquette_caption(String from, String to);

    @Message("Scores")
    String etiquette_scores();

    @Message("Mean")
    String etiquette_overall();

    @Message("Weakest")
    String etiquette_weakest();

    @Message("Latest scores")
    String etiquette_latest();

    @Message("Morning and evening meetings")
    String meetings_title();

    @Message("The meeting is logged.")
    String meetings_done();

    @Message("This meeting is logged already for that day; the log is below.")
    String meetings_taken();

    @Message("The morning meeting comes before the opening checklist; the evening meeting sums up the day.")
    String meetings_lede();

    @Message("Log a meeting")
    String meetings_log();

    @Message("Meeting")
    String meetings_kind();

    @Message("{#when kind}{#is 'MORNING'}Morning meeting{#is 'EVENING'}Evening meeting{#else}{kind}{/when}")
    String meeting_kind(String kind);

    @Message("Day")
    String meetings_date();

    @Message("On duty (user names, comma-separated)")
    String meetings_rota();

    @Message("Attended")
    String meetings_attendees();

    @Message(
            "{#when text}{#is 'stockNews'}Stock news{#is 'promotions'}Promotions{#is 'yesterdayResults'}Yesterday's results"
                    + "{#is 'todayPlan'}Today's plan{#is 'note'}Note{#else}{text}{/when}")
    String meetings_text(String text);

    @Message("Log the meeting")
    String meetings_record();

    @Message("The last 30 days")
    String meetings_recent();

    @Message("Meetings of the last 30 days, newest first.")
    String meetings_caption();

    @Message("Held by")
    String meetings_held_by();

    // ---- step 5: presentations -> test drives -> quotes
    @Message("Presentations")
    String nav_presentations();

    @Message("Presentations → test drives → quotes")
    String prep_title();

    @Message(
            "Presentations recorded in the period; a presentation leads to a test drive or a quote when its customer completed "
                    + "one or was quoted from that day on, whatever the model.")
    String prep_hint();

    @Message("Presentations in figures")
    String prep_kpis();

    @Message("Presentations")
    String prep_presentations();

    @Message("Presentation → test drive")
    String prep_to_drive();

    @Message("Presentation → quote")
    String prep_to_quote();

    @Message("Test drive → quote")
    String prep_drive_to_quote();

    @Message("Competitor asked about")
    String prep_competitor();

    @Message("Test-driven")
    String prep_test_driven();

    @Message("Quoted")
    String prep_quoted();

    @Message("Points reacted to / covered")
    String prep_reacted();

    @Message("Model")
    String prep_model();

    @Message(
            "{#when section}{#is 'consultant'}Per consultant{#is 'model'}Per model{#else}Per consultant and model{/when}")
    String prep_by(String section);

    @Message(
            "{#when section}{#is 'consultant'}Conversions per consultant{#else}Conversions per model{/when}; the figures are in the table below it.")
    String prep_chart(String section);

    @Message(
            "{#when section}{#is 'consultant'}Each consultant's presentations and what followed them.{#is 'model'}Each model's presentations and what followed them."
                    + "{#else}Each consultant's presentations of each model.{/when}")
    String prep_caption(String section);
}
