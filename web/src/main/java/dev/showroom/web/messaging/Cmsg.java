package dev.showroom.web.messaging;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Messages to customers (templates, history, report, sending), the no-shows report and the manager's grouped
 * navigation, in English; Simplified Chinese in {@code messages/cmsg_zh_CN.properties}. Templates: {@code {cmsg:key}}.
 * A bundle of its own: {@code mgr} is too big to grow.
 */
@MessageBundle(value = "cmsg", locale = "en")
public interface Cmsg {
    @Message("Messages to customers")
    String nav_messages();

    @Message("Message templates")
    String nav_templates();

    @Message("Message report")
    String nav_message_report();

    @Message("No-shows")
    String nav_no_shows();

    @Message("Sales floor")
    String menu_floor();

    @Message("Customers")
    String menu_customers();

    @Message("Reports")
    String menu_reports();

    @Message("Planning and team")
    String menu_team();

    @Message("Settings")
    String menu_settings();

    @Message("Menus open with Enter or Space; Escape closes them.")
    String menu_hint();

    @Message("Message templates")
    String templates_title();

    @Message(
            "The words of each message to customers, per kind and language: the dealer's own, or the default until a manager writes them. Placeholders are filled when the message goes; the opt-out line is added when the text has no {|{optOutLink}|}.")
    String templates_hint();

    @Message("Saved: the next messages of this kind use these words.")
    String template_saved();

    @Message("after-sales has no templates to show.")
    String templates_none();

    @Message("Kinds and languages")
    String templates_list();

    @Message("Kind")
    String col_kind();

    @Message("Language")
    String col_language();

    @Message("Words")
    String col_words();

    @Message("The dealer's own")
    String own_words();

    @Message("Default")
    String default_words();

    @Message(
            "{#when kind}{#is 'VISIT_THANK_YOU'}Thank-you after a visit{#is 'APPOINTMENT_REMINDER'}Appointment reminder{#is 'TEST_DRIVE_CONFIRMATION'}Test-drive confirmation{#is 'DELIVERY_INVITATION'}Delivery invitation{#is 'DELIVERY_DELAYED'}Delivery delayed{#is 'SURVEY_LINK'}Survey link{#is 'HOLIDAY_GREETING'}Holiday greeting{#else}{kind}{/when}")
    String kind(String kind);

    @Message(
            "{#when kind}{#is 'VISIT_THANK_YOU'}Sent after a known customer's walk-in.{#is 'APPOINTMENT_REMINDER'}Sent the day before a booked appointment.{#is 'TEST_DRIVE_CONFIRMATION'}Sent when a test drive is booked.{#is 'DELIVERY_INVITATION'}Sent when the car is ready for delivery, or by staff with the handover's date and time.{#is 'DELIVERY_DELAYED'}Sent when the expected delivery date is missed, with the new date when a car is on its way.{#is 'SURVEY_LINK'}Sent with the satisfaction survey's link.{#is 'HOLIDAY_GREETING'}Sent by a manager to every customer who consented.{#else}{/when}")
    String kind_when(String kind);

    @Message("Subject (e-mail)")
    String subject();

    @Message("Text")
    String body();

    @Message(
            "Placeholders: {|{name} {time} {date} {model} {link} {occasion} {optOutLink}|}. Leave the text empty to return to the default.")
    String placeholders();

    @Message("Not a placeholder this message knows ({message}).")
    String unknown_placeholder(String message);

    @Message("The dealer's own words, last changed by {by}.")
    String own_since(String by);

    @Message("The default words apply until you save your own.")
    String default_now();

    @Message("Save the template")
    String template_save();

    @Message("A manager changes the templates.")
    String templates_managers();

    @Message("Messages to customers")
    String messages_title();

    @Message("The customer's messages")
    String customer_messages_title();

    @Message("All messages")
    String all_messages();

    @Message("The customer's page")
    String to_lead();

    @Message(
            "Messages go only to customers who consented and did not opt out, newest first, with their delivery status. Links in a message are the customer's and are not shown.")
    String messages_hint();

    @Message("The message is queued: it goes out within seconds.")
    String message_sent();

    @Message("Greeting queued for {queued} customer(s); {skipped} had it already.")
    String greeting_sent(long queued, long skipped);

    @Message("Status")
    String col_status();

    @Message("Channel")
    String col_channel();

    @Message(
            "{#when status}{#is 'QUEUED'}Queued{#is 'SENT'}Sent{#is 'DELIVERED'}Delivered{#is 'FAILED'}Failed{#else}{status}{/when}")
    String status(String status);

    @Message("{#when channel}{#is 'SMS'}Text message{#is 'EMAIL'}E-mail{#else}{channel}{/when}")
    String channel(String channel);

    @Message("Show")
    String show();

    @Message("No message matches.")
    String messages_none();

    @Message("Queued")
    String col_queued();

    @Message("Customer")
    String col_customer();

    @Message("Customer {id}")
    String customer_short(String id);

    @Message("Message")
    String col_text();

    @Message("Send this customer a message")
    String send_title();

    @Message("The template of the kind chosen, in the dealer's language; the customer must have consented.")
    String send_hint();

    @Message(
            "{#when reason}{#is 'NO_CONSENT'}Not sent: the customer has not consented to be contacted.{#is 'OPTED_OUT'}Not sent: the customer opted out of messages.{#is 'ERASED'}Not sent: the customer's personal data was erased.{#is 'NO_ADDRESS'}Not sent: no phone or e-mail is known.{#is 'ALREADY_SENT'}Not sent: this message went already.{#else}Not sent: after-sales refused it.{/when}")
    String refusal(String reason);

    @Message("Date and time (as the customer reads it)")
    String send_time();

    @Message("For a delivery invitation or a reminder, e.g. 12月8日 10:00.")
    String send_time_hint();

    @Message("Occasion")
    String occasion();

    @Message("Send")
    String send_submit();

    @Message("Holiday greeting")
    String greet_title();

    @Message(
            "Sends the holiday greeting to every customer of the dealer who consented and did not opt out, once per occasion.")
    String greet_hint();

    @Message("Send the greeting")
    String greet_submit();

    @Message("Message report")
    String report_title();

    @Message(
            "Messages queued in the period by kind, delivery status and channel; opt-outs in the period; customers who may be messaged now.")
    String report_hint();

    @Message("Messages")
    String kpi_messages();

    @Message("Opt-outs")
    String kpi_opt_outs();

    @Message("May be messaged")
    String kpi_consenting();

    @Message("Messages by kind")
    String by_kind();

    @Message("Total")
    String col_total();

    @Message("Messages by channel")
    String by_channel();

    @Message("Opt-outs by how")
    String opt_outs_title();

    @Message("Nobody opted out in the period.")
    String opt_outs_none();

    @Message("How")
    String col_via();

    @Message("Customers")
    String col_customers();

    @Message("{#when via}{#is 'STOP_REPLY'}Replied STOP{#is 'LINK'}The link in a message{#else}Other{/when}")
    String via(String via);

    @Message("No-shows")
    String no_shows_title();

    @Message(
            "Appointments booked for the period per consultant: reminded the day before, attended, not attended (no-shows, of which reminded) and cancelled. The rate is no-shows over attended and no-shows.")
    String no_shows_hint();

    @Message("Booked")
    String ns_booked();

    @Message("Reminded")
    String ns_reminded();

    @Message("Attended")
    String ns_attended();

    @Message("No-shows")
    String ns_no_shows();

    @Message("Reminded, did not come")
    String ns_reminded_no_shows();

    @Message("Cancelled")
    String ns_cancelled();

    @Message("No-show rate")
    String ns_rate();

    @Message("No-shows per consultant")
    String ns_by_consultant();
}
