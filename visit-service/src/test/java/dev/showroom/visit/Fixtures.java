package dev.showroom.visit;

import static io.restassured.RestAssured.given;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Tokens, unique data and lead-service's events, shared by the visit-service tests (they share one database). */
final class Fixtures {

    static final String DEALER = "dealer-sh-01";
    static final String OTHER_DEALER = "dealer-bj-02";
    static final String MANAGER = TestTokens.of("zhang.manager", DEALER, Roles.MANAGER);
    static final String RECEPTION = TestTokens.of("zhao.reception", DEALER, Roles.RECEPTIONIST);
    static final String OTHER_MANAGER = TestTokens.of("wu.manager", OTHER_DEALER, Roles.MANAGER);
    static final String HQ = TestTokens.as("hq.analyst").roles(Roles.HQ).sign();

    private Fixtures() {}

    static String consultant(String id) {
        return TestTokens.of(id, DEALER, Roles.CONSULTANT);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid Chinese mobile number, local format: 139 + 8 random digits. */
    static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static ValidatableResponse post(String token, String path, Object body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).get(path).then();
    }

    /**
     * lead-service announces a prospect, as it would: lead.created (ids only) and the contact on lead.contact.
     * @return the ce_id of lead.created
     */
    static String leadCreated(UUID leadId, String name, String e164, String consultantId, UUID visitId) {
        String ceId = leadCreatedAlone(leadId, consultantId, visitId);
        leadContact(leadId, DEALER, name, e164);
        return ceId;
    }

    /** lead.created without its contact (lead.contact is another topic: it may come later, or not yet). */
    static String leadCreatedAlone(UUID leadId, String consultantId, UUID visitId) {
        String json = "{\"leadId\":\"" + leadId + "\",\"dealerId\":\"" + DEALER + "\",\"channel\":\"WALK_IN\""
                + ",\"consultantId\":" + quoted(consultantId) + ",\"visitId\":"
                + quoted(visitId == null ? null : visitId.toString()) + ",\"createdAt\":\"" + Instant.now() + "\"}";
        return TestEvents.send("lead.created", leadId.toString(), json);
    }

    /** The lead's contact on the compacted lead.contact; returns its ce_id. */
    static String leadContact(UUID leadId, String dealer, String name, String e164) {
        return TestEvents.send(
                "lead.contact",
                leadId.toString(),
                "{\"leadId\":\"" + leadId + "\",\"dealerId\":\""
                        + dealer + "\",\"name\":\"" + name + "\",\"phone\":\"" + e164 + "\",\"updatedAt\":\""
                        + Instant.now()
                        + "\"}");
    }

    static void leadAssigned(UUID leadId, String consultantId) {
        TestEvents.send(
                "lead.assigned",
                leadId.toString(),
                "{\"leadId\":\"" + leadId + "\",\"dealerId\":\"" + DEALER + "\",\"consultantId\":\"" + consultantId
                        + "\",\"assignedAt\":\"" + Instant.now() + "\"}");
    }

    static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    /** The value of a one-row, one-column query on this module's database (null when no row). */
    static Object db(String sql, Object... params) {
        try (var c = dev.showroom.testing.Postgres.get().connect();
                var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getObject(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until visit-service has applied lead.created / lead.assigned for the lead. */
    /**
     * Waits until visit-service has applied lead.created and, from lead.contact (another topic, so it may come
     * later), the lead's phone: what a walk-in is matched by.
     */
    static void awaitKnownWithPhone(UUID leadId, String consultantId) {
        awaitKnown(leadId, consultantId);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() ->
                        db("select phone from known_lead where dealer_id = ? and lead_id = ?", DEALER, leadId) != null);
    }

    static void awaitKnown(UUID leadId, String consultantId) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> consultantId.equals(db(
                        "select consultant_id from known_lead where dealer_id = ? and lead_id = ?", DEALER, leadId)));
    }
}
