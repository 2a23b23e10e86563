package dev.showroom.web.manager;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The manager's "Alerts and response times" in English; Simplified Chinese in
 * {@code messages/alert_zh_CN.properties}. Templates: {@code {alert:key}}. A bundle of its own beside {@code mgr}
 * (one bundle's generated resolver grows with every message).
 */
@MessageBundle(value = "alert", locale = "en")
public interface Alrt {

    @Message("Alerts")
    String nav_alerts();

    @Message("Alerts and response times")
    String alerts_title();

    @Message("No alert waits for you.")
    String alerts_none();

    @Message("A hot lead left past its follow-up, a new online or referral lead not contacted in time (the rota has"
            + " handed it to the next consultant on duty). Acknowledge an alert once you have seen to it.")
    String alerts_lede();

    @Message("Alerts to see to")
    String alerts_open();

    @Message("{#when kind}{#is 'HOT_LEAD_OVERDUE'}Hot lead past its follow-up{#is 'RESPONSE_TIME_EXCEEDED'}"
            + "Not contacted in time{#else}{kind}{/when}")
    String alert_kind(String kind);

    @Message("What")
    String alert_col_kind();

    @Message("Handed to")
    String alert_col_reassigned();

    @Message("Due")
    String alert_col_due();

    @Message("Raised")
    String alert_col_raised();

    @Message("Acknowledge")
    String alert_acknowledge();

    @Message("{#when what}{#is 'acknowledged'}Alert acknowledged.{#is 'conflict'}This alert was acknowledged"
            + " meanwhile; the list shows the alerts as they are now.{#else}Saved.{/when}")
    String alert_done(String what);

    @Message("Alerts to see to")
    String kpi_alerts();

    @Message("Lead response time")
    String response_title();

    @Message("How long the new leads of the period waited for their first contact (a follow-up, a call, a visit, a"
            + " test drive or a quote), in minutes of opening hours; online and referral leads must be contacted within"
            + " {limit} minutes.")
    String response_lede(int limit);

    @Message("{#when group}{#is 'CHANNEL'}Response time by channel{#is 'CONSULTANT'}Response time by consultant"
            + "{#else}{group}{/when}")
    String response_by(String group);

    @Message("New leads")
    String response_leads();

    @Message("Contacted")
    String response_contacted();

    @Message("Median wait (min)")
    String response_median();

    @Message("Average wait (min)")
    String response_average();

    @Message("Within the limit")
    String response_within();

    @Message("Late")
    String response_late();

    @Message("Still waiting")
    String response_waiting();
}
