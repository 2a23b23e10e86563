package dev.showroom.web.shell;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's words in English (the default); Simplified Chinese in
 * {@code src/main/resources/messages/msg_zh_CN.properties}, key = method name. Templates use
 * {@code {msg:name}} or {@code {msg:name(arg)}}. The build fails when a key of the Chinese file is not a
 * method here. A screen adds its messages here with a prefix of its own ({@code prospects_…}).
 */
@MessageBundle(locale = "en")
public interface Msg {

    // ---- shell: layout, navigation, language, sign-out
    @Message("Showroom")
    String app_name();

    @Message("Skip to the content")
    String skip_to_content();

    @Message("Download as CSV")
    String csv_download();

    @Message("Main navigation")
    String nav_label();

    @Message("Sign out")
    String sign_out();

    @Message("中文")
    String lang_zh();

    @Message("English")
    String lang_en();

    @Message("Language")
    String lang_label();

    @Message(
            "{#when role}{#is 'receptionist'}Receptionist{#is 'consultant'}Consultant{#is 'customer-care'}Customer care"
                    + "{#is 'manager'}Manager{#is 'admin'}Administrator{#is 'hq'}Headquarters{#else}{role}{/when}")
    String role(String role);

    @Message("All dealers")
    String all_dealers();

    @Message("Home")
    String nav_home();

    @Message("My prospects")
    String nav_prospects();

    @Message("Returning customer")
    String nav_returning();

    @Message("Welcome, {name}")
    String home_welcome(String name);

    @Message("Choose what to do:")
    String home_choose();

    @Message("You have signed out.")
    String signed_out();

    @Message("Sign in again")
    String sign_in_again();

    @Message("Previous")
    String page_previous();

    @Message("Next")
    String page_next();

    @Message("Page {page} of {pages} ({total} in all)")
    String page_of(int page, long pages, long total);

    @Message("Please correct the fields marked below.")
    String form_has_errors();

    // ---- errors (ErrorPages)
    @Message("{#when kind}{#is BAD_REQUEST}This could not be done{#is SESSION_ENDED}Your session has ended"
            + "{#is NOT_ALLOWED}Not available to your role{#is EXPIRED_FORM}The form has expired{#is NOT_FOUND}Not found"
            + "{#is CONFLICT}Someone changed this meanwhile{#is GONE}This link is no longer valid{#is TOO_MANY}Too many tries"
            + "{#is UNAVAILABLE}Temporarily unavailable{#else}Something went wrong{/when}")
    String error_title(ErrorPages.Kind kind);

    @Message("{#when kind}{#is BAD_REQUEST}Go back, check what you entered and try again."
            + "{#is SESSION_ENDED}Sign in again to carry on."
            + "{#is NOT_ALLOWED}Ask your manager if you need this. Go back to your home page."
            + "{#is EXPIRED_FORM}The page was open too long or was opened elsewhere. Reload it and send the form again."
            + "{#is NOT_FOUND}The page or record does not exist, or it is not one you may see. Check the address or go back."
            + "{#is CONFLICT}Reload the page to see the latest state, then try again."
            + "{#is GONE}Ask the dealer for a new link."
            + "{#is TOO_MANY}Please wait a little before you try again."
            + "{#is UNAVAILABLE}A part of the system does not answer right now. Try again in a minute."
            + "{#else}Try again in a minute. If it happens again, tell your administrator the reference below.{/when}")
    String error_advice(ErrorPages.Kind kind);

    @Message("Try again in {seconds} seconds.")
    String error_retry_after(String seconds);

    @Message("Reference: {id}")
    String error_reference(String id);

    @Message("Back to the start")
    String error_home();

    // ---- grades and stages of a lead (lead-service)
    @Message(
            "{#when grade}{#is 'H'}H (hot){#is 'A'}A (warm){#is 'B'}B{#is 'C'}C (cold){#is 'O'}O (ordered){#is 'F'}F (defeated)"
                    + "{#else}not graded{/when}")
    String grade(String grade);

    @Message(
            "{#when stage}{#is 'NEW'}New{#is 'VISITED'}Visited{#is 'NEEDS_ANALYSED'}Needs analysed{#is 'PRESENTED'}Presented{#is 'TEST_DRIVEN'}Test-driven{#is 'QUOTED'}Quoted"
                    + "{#is 'ORDERED'}Ordered{#is 'DELIVERED'}Delivered{#else}{stage}{/when}")
    String stage(String stage);

    @Message("{#when channel}{#is 'WALK_IN'}Walk-in{#is 'PHONE'}Phone{#is 'ONLINE'}Online{#is 'REFERRAL'}Referral"
            + "{#is 'EVENT'}Event{#else}{channel}{/when}")
    String channel(String channel);

    @Message("Any")
    String any();

    // ---- consultant: my prospects
    @Message("My prospects")
    String prospects_title();

    @Message("Search by name or phone digits")
    String prospects_q();

    @Message("Grade")
    String prospects_grade();

    @Message("Stage")
    String prospects_stage();

    @Message("Search")
    String prospects_search();

    @Message("Name")
    String prospects_name();

    @Message("Phone")
    String prospects_phone();

    @Message("Model of interest")
    String prospects_model();

    @Message("Next follow-up")
    String prospects_next_follow_up();

    @Message("overdue")
    String prospects_overdue();

    @Message("No prospects match.")
    String prospects_none();

    // ---- receptionist: recognise a returning customer
    @Message("Returning customer")
    String returning_title();

    @Message("The customer's whole phone number")
    String returning_phone();

    @Message("A known customer is found by the whole number only.")
    String returning_hint();

    @Message("Look up")
    String returning_search();

    @Message("Known customer")
    String returning_found();

    @Message("Not known yet: welcome them as a new customer.")
    String returning_unknown();

    @Message("Consultant")
    String returning_consultant();

    // ---- customer pages (survey, where is my car, enquiry and test-drive request)
    @Message(
            "{#when rule}{#is 'required'}Please answer this question.{#is 'notBlank'}Please fill this in.{#is 'notNull'}Please fill this in.{#is 'notEmpty'}Please fill this in.{#is 'email'}Please enter a valid e-mail address.{#is 'assertTrue'}Please tick this box to go on.{#is 'wholePhone'}Enter the whole phone number.{#is 'pattern'}This does not look right; please check it.{#is 'size'}This is too long or too short.{#is 'range'}Please choose a value in the range.{#is 'number'}Please enter a whole number.{#is 'dateTime'}Please enter a date and time.{#is 'min'}The number is too small.{#is 'max'}The number is too large.{#is 'past'}The date must be in the past.{#is 'future'}Please choose a date in the future.{#is 'futureOrPresent'}Please choose today or a later day.{#is 'catalogueCode'}Use a code of the catalogue (capitals, digits, _ and -).{#is 'modelFirst'}Choose the model first.{#is 'precondition-failed'}Someone changed this meanwhile: the page now shows it as it is; check it and send again.{#else}{message}{/when}")
    String violation(String rule, String message);

    @Message("How was your experience?")
    String survey_title();

    @Message(
            "Your answers help the dealer serve you better. It takes about {#if minutes == 1}a minute{#else}{minutes} minutes{/if}.")
    String survey_intro(int minutes);

    @Message("Send my answers")
    String survey_send();

    @Message("1 = very dissatisfied")
    String survey_rating_low();

    @Message("5 = very satisfied")
    String survey_rating_high();

    @Message("0 = not at all likely")
    String survey_nps_low();

    @Message("10 = extremely likely")
    String survey_nps_high();

    @Message("Yes")
    String survey_yes();

    @Message("No")
    String survey_no();

    @Message("(optional)")
    String survey_optional();

    @Message("{answered} of {total} answered")
    String survey_progress(String answered, int total);

    @Message("Question {number} of {total}")
    String survey_question_no(int number, int total);

    /** A section of the survey: the step of the customer's visit its questions are about. */
    @Message(
            "{#when step}{#is 'RECEPTION'}Your welcome{#is 'NEEDS_ANALYSIS'}Understanding what you need{#is 'PRESENTATION'}The car presented{#is 'TEST_DRIVE'}Test drive{#is 'NEGOTIATION'}Price and contract{#is 'DELIVERY'}Handover{#else}Overall{/when}")
    String survey_step(String step);

    @Message("Thank you!")
    String survey_thanks_title();

    @Message("We have your answers. Thank you for your time.")
    String survey_thanks();

    @Message("This link does not work")
    String link_unknown_title();

    @Message("Please check that the whole link was opened, or ask the dealer for a new one.")
    String link_unknown();

    @Message("Already answered")
    String link_used_title();

    @Message("This survey has already been answered. Thank you!")
    String link_used();

    @Message("This link has expired")
    String link_expired_title();

    @Message("The survey can no longer be answered with this link. Ask the dealer for a new one if you wish.")
    String link_expired();

    @Message("Where is my car?")
    String order_title();

    @Message("Enter your order number and the last four digits of the phone number you gave the dealer.")
    String order_intro();

    @Message("Order number")
    String order_number();

    @Message("Last four digits of your phone")
    String order_phone_last4();

    @Message("Check")
    String order_check();

    @Message("No order matches this number and phone. Please check both.")
    String order_not_found();

    @Message(
            "For your security this order number is paused after several tries. Please try again in {minutes} minutes, or call the dealer.")
    String order_locked(String minutes);

    @Message("Status")
    String order_status_label();

    @Message("Expected delivery")
    String order_expected();

    @Message(
            "{#when status}{#is 'DRAFT'}Being prepared{#is 'SIGNED'}Contract signed{#is 'DEPOSIT_PAID'}Deposit received{#is 'ALLOCATED'}A car is reserved for you{#is 'PDI_PASSED'}Inspected and ready for delivery{#is 'DELIVERED'}Delivered{#is 'CANCELLED'}Cancelled{#else}{status}{/when}")
    String order_status(String status);

    @Message("not fixed yet")
    String order_unknown_date();

    @Message("Ask us anything")
    String enquiry_title();

    @Message("Book a test drive")
    String test_drive_title();

    @Message("Leave your details and a consultant will get back to you.")
    String enquiry_intro();

    @Message("Your name")
    String enquiry_name();

    @Message("Mobile phone")
    String enquiry_phone();

    @Message("E-mail")
    String enquiry_email();

    @Message("Model you are interested in")
    String enquiry_model();

    @Message("Your message")
    String enquiry_message();

    @Message("Preferred date")
    String enquiry_date();

    @Message("I agree that the dealer contacts me about this request and keeps my details for it.")
    String enquiry_consent();

    @Message("Send")
    String enquiry_send();

    @Message("Thank you, we will be in touch")
    String enquiry_sent_title();

    @Message("Your reference is {reference}.")
    String enquiry_sent(String reference);

    @Message("This form is opened from a dealer's website. Please use the link there.")
    String enquiry_no_dealer();

    // ---- receptionist: front desk, calls and walk-ins
    @Message("Front desk")
    String nav_front_desk();

    @Message("Front desk")
    String desk_title();

    @Message("Customer's name")
    String desk_visitor_name();

    @Message("The call is logged.")
    String desk_recorded_call();

    @Message("The walk-in is logged.")
    String desk_recorded_walk_in();

    @Message("The next customer goes to {consultant}.")
    String desk_handed_to(String consultant);

    @Message("Every consultant on duty is busy right now.")
    String desk_nobody_free();

    @Message("Log a call")
    String desk_log_call();

    @Message("Log a walk-in")
    String desk_log_walk_in();

    @Message("On duty today")
    String desk_rota();

    @Message("Nobody is on duty today. A manager sets the duty on the roster.")
    String desk_rota_empty();

    @Message("Next up:")
    String desk_next_is();

    @Message("nobody free")
    String desk_nobody();

    @Message("Hand the next customer over")
    String desk_take_next();

    @Message("busy")
    String desk_busy();

    @Message("{count} today")
    String desk_taken(int count);

    @Message("Today's appointments")
    String desk_appointments();

    @Message("No appointments today.")
    String desk_no_appointments();

    @Message("Time")
    String desk_time();

    @Message("Purpose")
    String desk_purpose();

    @Message("next")
    String desk_next();

    @Message("Log an incoming call")
    String call_title();

    @Message("Answering")
    String call_answer();

    @Message("Answer within {rings} rings ({seconds} seconds).")
    String call_answer_rule(int rings, int seconds);

    @Message("The phone is ringing")
    String call_ringing();

    @Message("Answered")
    String call_answered();

    @Message("s")
    String call_seconds();

    @Message("rings")
    String call_rings();

    @Message("Seconds to answer")
    String call_seconds_to_answer();

    @Message("Rings")
    String call_ring_count();

    @Message("Checkpoints")
    String visit_checkpoints();

    @Message(
            "{#when code}{#is 'standardGreeting'}Standard greeting{#is 'nameAndContactAsked'}Name and contact asked{#is 'knowsTheWayAsked'}Way to the showroom explained{#is 'invitedToVisit'}Invited to visit{#is 'greetedAtOnce'}Greeted at once{#is 'selfIntroduction'}Introduced myself{#is 'drinksOffered'}Drinks offered{#is 'notPressed'}Let the customer look without pressure{#else}{code}{/when}")
    String checkpoint(String code);

    @Message("The customer")
    String visit_visitor();

    @Message("(the rota decides)")
    String visit_no_consultant();

    @Message("Outcome")
    String visit_outcome();

    @Message("Appointment agreed")
    String visit_appointment();

    @Message("Save")
    String visit_save();

    @Message("Log a walk-in")
    String walk_in_title();

    @Message("Arrival")
    String walk_in_arrival();

    @Message("Party size")
    String walk_in_party_size();

    @Message("Models presented (comma-separated)")
    String walk_in_models();
}
