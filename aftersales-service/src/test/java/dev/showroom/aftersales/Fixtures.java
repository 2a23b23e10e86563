package dev.showroom.aftersales;

import static org.awaitility.Awaitility.await;

import dev.showroom.contracts.Topics;
import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestEvents;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Events as the other services send them, and database checks. */
final class Fixtures {

    private Fixtures() {}

    static String phone() {
        return "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static String vin() {
        return "LSV"
                + UUID.randomUUID()
                        .toString()
                        .replaceAll("[^0-9]", "")
                        .concat("00000000000000")
                        .substring(0, 14);
    }

    static String delivered(String dealer, UUID leadId, UUID orderId, String consultant, Instant deliveredAt) {
        return "{\"orderId\":\"" + orderId + "\",\"orderNumber\":\"SO-"
                + orderId.toString().substring(0, 8)
                + "\",\"dealerId\":\"" + dealer + "\",\"leadId\":\"" + leadId + "\",\"consultantId\":"
                + (consultant == null ? "null" : "\"" + consultant + "\"") + ",\"vin\":\"" + vin()
                + "\",\"model\":\"Aurora EV\",\"deliveredAt\":\"" + deliveredAt + "\"}";
    }

    /**
     * The customer's contact as lead-service writes it on lead.contact (Chen Jie, a new phone), then
     * order.delivered (ids only); waits for the follow-up plan.
     */
    static void deliver(String dealer, UUID leadId, UUID orderId, String consultant, Instant deliveredAt) {
        awaitApplied(contact(dealer, leadId, "Chen Jie", phone()));
        TestEvents.send(
                Topics.ORDER_DELIVERED, leadId.toString(), delivered(dealer, leadId, orderId, consultant, deliveredAt));
        awaitCount("select count(*) from follow_up_call where order_id = '" + orderId + "'", 4);
    }

    /**
     * lead.contact: the lead's name and phone (the only topic that carries them), and the consent to be contacted
     * (these customers consented: their survey links are messages); returns the ce_id.
     */
    static String contact(String dealer, UUID leadId, String name, String phone) {
        return TestEvents.send(
                Topics.LEAD_CONTACT,
                leadId.toString(),
                "{\"leadId\":\"" + leadId + "\",\"dealerId\":\""
                        + dealer + "\",\"name\":\"" + name + "\",\"phone\":\"" + phone + "\",\"updatedAt\":\""
                        + Instant.now()
                        + "\",\"consent\":true}");
    }

    /** Waits until after-sales has applied the event (its ce_id recorded with its effect). */
    static void awaitApplied(String ceId) {
        awaitCount(
                "select count(*) from processed_event where consumer = 'aftersales-service' and event_id = '" + ceId
                        + "'",
                1);
    }

    static void awaitCount(String sql, long expected) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(sql) == expected);
    }

    static void execute(String sql) throws Exception {
        try (var c = Postgres.get().connect()) {
            c.createStatement().executeUpdate(sql);
        }
    }

    static long count(String sql) throws Exception {
        try (var c = Postgres.get().connect();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The survey link last sent to a customer: the SURVEY_LINK message's text in their history, as the provider
     * received it (tests read the database: the history shown to staff masks the token).
     */
    static String surveyUrl(UUID leadId) throws Exception {
        String text = string("select body from outgoing_message where lead_id = '" + leadId
                + "' and kind = 'SURVEY_LINK' order by queued_at desc, id limit 1");
        if (text == null) {
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("https?://\\S+/survey/[A-Za-z0-9_-]+")
                .matcher(text);
        return m.find() ? m.group() : null;
    }

    /** The token of the survey link last sent to a customer. */
    static String surveyToken(UUID leadId) throws Exception {
        String url = surveyUrl(leadId);
        return url == null ? null : url.substring(url.lastIndexOf('/') + 1);
    }

    static String string(String sql) throws Exception {
        try (var c = Postgres.get().connect();
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
