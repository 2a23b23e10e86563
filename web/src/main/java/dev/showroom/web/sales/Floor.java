package dev.showroom.web.sales;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The sales floor's objections and defeats where staff look (the lead's defeats and their review, the dashboard's
 * figures, hq's defeat report) in English; Simplified Chinese in {@code messages/floor_zh_CN.properties}. Templates:
 * {@code {floor:key}}. A bundle of its own beside {@code mgr} and {@code sales} (one bundle's generated resolver
 * grows with every message).
 */
@MessageBundle(value = "floor", locale = "en")
public interface Floor {

    @Message("Defeats and the manager's review")
    String defeats_title();

    @Message("Each time the lead was declared lost, and what the manager decided: confirmed (the lost-customer call"
            + " follows) or reopened for a consultant.")
    String defeats_hint();

    @Message("declared by {by}")
    String defeat_by(String by);

    @Message("{#when review}{#is 'PENDING'}Waiting for the manager's review{#is 'CONFIRMED'}Confirmed by {by}"
            + "{#is 'REOPENED'}Reopened by {by}{#else}{review}{/when}")
    String defeat_reviewed(String review, String by);

    @Message("handed to {consultant}")
    String defeat_handed_to(String consultant);

    @Message("Defeats to review")
    String kpi_defeats();

    @Message("Open objections")
    String kpi_objections();

    @Message("Defeats across dealers")
    String hq_defeats_title();

    @Message("Each dealer's lost customers of the period (Beijing's days) by reason, competitor bought, model and stage"
            + " reached, with the managers' review; counts only.")
    String hq_defeats_hint();

    @Message("Share of the dealer's defeats")
    String hq_col_share();

    @Message("Referrals")
    String nav_referrals();

    @Message("Referrals and their conversion")
    String referrals_title();

    @Message("The people customers referred in the period (from the signature on) and how far they came: a lead, a"
            + " walk-in, a signed order; and the referral checkpoint, asked at signing and on the call-backs.")
    String referrals_hint();

    @Message("Referred")
    String ref_referrals();

    @Message("Visit agreed")
    String ref_appointments();

    @Message("Leads")
    String ref_leads();

    @Message("Walked in")
    String ref_visited();

    @Message("Ordered")
    String ref_ordered();

    @Message("Referral → order")
    String ref_to_order();

    @Message("Asked for referrals")
    String ref_asks_title();

    @Message("When")
    String ref_occasion();

    @Message("{#when occasion}{#is 'SIGNING'}At signing{#is 'CALL'}Call on day {day} after delivery{#else}{occasion}"
            + "{/when}")
    String ref_occasion_of(String occasion, Integer day);

    @Message("Asked")
    String ref_asked();

    @Message("Not asked")
    String ref_missed();

    @Message("Asked share")
    String ref_rate();

    @Message("Asks with referrals")
    String ref_asks();

    @Message("Referrals per consultant")
    String ref_by_consultant();

    @Message("Referrals per referrer")
    String ref_by_referrer();

    @Message("Referrer")
    String ref_referrer();

    @Message("Campaign or event that brought them")
    String visit_campaign();

    @Message("None")
    String visit_no_campaign();

    @Message("What lost customers said")
    String lost_title();

    @Message("After a defeat is confirmed, customer care calls the customer and sends the lost-customer survey: the"
            + " surveys sent and answered in the period, the mean of each rating (1–5) and the latest answers.")
    String lost_hint();

    @Message("Surveys sent")
    String lost_sent();

    @Message("Answered")
    String lost_answered();

    @Message("Ratings")
    String lost_ratings();

    @Message("Question")
    String lost_question();

    @Message("Answers")
    String lost_answers();

    @Message("Mean (1–5)")
    String lost_mean();

    @Message("{#when code}{#is 'CONSULTANT_RATING'}The consultant understood and advised them{#is 'OFFER_RATING'}Our"
            + " offer against the one they chose{#is 'RECONSIDER_RATING'}Would consider us next time{#else}{code}"
            + "{/when}")
    String lost_rating(String code);

    @Message("No lost customer answered in this period.")
    String lost_none();

    @Message("Why elsewhere:")
    String lost_why();

    @Message("What we could have done:")
    String lost_what();

    @Message("Product knowledge")
    String pk_title();

    @Message("What consultants present for each model (step 5): the USP, the selling points as feature, advantage and"
            + " benefit with the use scenes they fit, and the competitor models it is held against (never run a"
            + " competitor down: our strengths against their weaknesses).")
    String pk_hint();

    @Message("Saved: consultants present it from now on.")
    String pk_saved();

    @Message("The catalogue has no model yet.")
    String pk_no_models();

    @Message("Models")
    String pk_models();

    @Message("Someone changed this meanwhile: the form shows it as it is now.")
    String pk_stale();

    @Message("Unique selling proposition (USP)")
    String pk_usp();

    @Message("Selling points")
    String pk_points();

    @Message("Leave a row empty to remove it; the empty rows below add new points.")
    String pk_points_hint();

    @Message("Selling point {n}")
    String pk_point(int n);

    @Message("Feature")
    String pk_feature();

    @Message("Advantage")
    String pk_advantage();

    @Message("Benefit to the customer")
    String pk_benefit();

    @Message("Use scenes (comma-separated, e.g. FAMILY_TRIP, COMMUTE)")
    String pk_scenes();

    @Message("Trim")
    String pk_trim();

    @Message("Every trim")
    String pk_every_trim();

    @Message("Competitor comparison")
    String pk_competitors();

    @Message("Up to three strengths of ours and three weaknesses of theirs per competitor model, one a line.")
    String pk_competitors_hint();

    @Message("Competitor {n}")
    String pk_competitor(int n);

    @Message("Competitor's model")
    String pk_competitor_model();

    @Message("Our strengths (one a line)")
    String pk_strengths();

    @Message("Their weaknesses (one a line)")
    String pk_weaknesses();
}
