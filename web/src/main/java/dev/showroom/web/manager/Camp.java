package dev.showroom.web.manager;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The campaign screens in English (the campaigns, one campaign, the campaign report); Simplified Chinese in
 * {@code messages/camp_zh_CN.properties}. Templates: {@code {camp:key}}. A bundle of its own: {@code mgr} had grown
 * past what Qute generates for one bundle (the class failed verification: "Bad type on operand stack").
 */
@MessageBundle(value = "camp", locale = "en")
public interface Camp {
    @Message("Campaigns")
    String nav_campaigns();

    @Message("Campaign report")
    String nav_campaign_report();

    @Message("Campaigns and marketing events")
    String campaigns_title();

    @Message(
            "A lead points to the campaign it came from: staff name it at capture, the website's enquiry form takes it from its link (?campaign=), an import from ?campaignId=.")
    String campaigns_hint();

    @Message("No campaign yet.")
    String campaigns_none();

    @Message("The dealer's campaigns, the latest first")
    String campaigns_caption();

    @Message("Campaign")
    String campaign_name();

    @Message("Days")
    String campaign_days();

    @Message("Budget")
    String campaign_budget();

    @Message("Link of the enquiry form")
    String campaign_link();

    @Message("New campaign")
    String campaign_new();

    @Message("Create the campaign")
    String campaign_create();

    @Message("The campaign is saved.")
    String campaign_saved();

    @Message("First day")
    String campaign_starts();

    @Message("Last day")
    String campaign_ends();

    @Message("Note")
    String campaign_note();

    @Message("Put this link on the campaign's website or poster, and the enquiries point to the campaign:")
    String campaign_link_hint();

    @Message("Campaigns: leads and what they cost")
    String campaign_report_title();

    @Message(
            "The campaigns running in the period, with all their leads whenever captured: how far they came and the budget over each count.")
    String campaign_report_hint();

    @Message("No campaign runs in this period.")
    String campaigns_none_in_period();

    @Message("Leads, test drives and orders per campaign")
    String campaign_chart_funnel();

    @Message("Cost per lead, test drive and order ({currency})")
    String campaign_chart_cost(String currency);

    @Message("Each campaign's leads, test drives and orders, and the budget over each ({currency})")
    String campaign_report_caption(String currency);

    @Message("Per lead")
    String campaign_per_lead();

    @Message("Per test drive")
    String campaign_per_test_drive();

    @Message("Per order")
    String campaign_per_order();
}
