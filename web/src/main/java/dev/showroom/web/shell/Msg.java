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

    @Message("{#when role}{#is receptionist}Receptionist{#is consultant}Consultant{#is customer-care}Customer care"
            + "{#is manager}Manager{#is admin}Administrator{#is hq}Headquarters{#else}{role}{/when}")
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
    @Message("{#when grade}{#is H}H (hot){#is A}A (warm){#is B}B{#is C}C (cold){#is O}O (ordered){#is F}F (defeated)"
            + "{#else}not graded{/when}")
    String grade(String grade);

    @Message("{#when stage}{#is NEW}New{#is VISITED}Visited{#is TEST_DRIVEN}Test-driven{#is QUOTED}Quoted"
            + "{#is ORDERED}Ordered{#is DELIVERED}Delivered{#else}{stage}{/when}")
    String stage(String stage);

    @Message("{#when channel}{#is WALK_IN}Walk-in{#is PHONE}Phone{#is ONLINE}Online{#is REFERRAL}Referral"
            + "{#is EVENT}Event{#else}{channel}{/when}")
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
}
