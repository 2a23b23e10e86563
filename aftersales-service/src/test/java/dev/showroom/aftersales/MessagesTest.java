package dev.showroom.aftersales;

import static dev.showroom.aftersales.Fixtures.awaitApplied;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.aftersales.messaging.Signatures;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Messages to customers (issue 20): sent on the events that call for them only to customers who consented, once
 * per fact, kept in the customer's history with their status; a STOP reply (signed webhook) or the link in the
 * message stops them at once; templates per dealer and language; erased with the customer.
 */
@QuarkusTest
class MessagesTest {

    static final String DEALER = "dealer-msg-01";
    static final String CARE = TestTokens.of("msg.care", DEALER, Roles.CUSTOMER_CARE);
    static final String MANAGER = TestTokens.of("msg.boss", DEALER, Roles.MANAGER);
    static final String CONSULTANT = TestTokens.of("msg.li", DEALER, Roles.CONSULTANT);
    static final String GATEWAY = TestTokens.as("gateway").roles(Roles.SERVICE).sign();
    static final String WEBHOOK_SECRET = "local-webhook-secret";

    /** lead.contact with the e-mail and consent of 2.12.0; waits until applied. */
    static void contact(UUID lead, String name, String phone, String email, Boolean consent) {
        awaitApplied(TestEvents.send(
                Topics.LEAD_CONTACT,
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + DEALER + "\",\"name\":\"" + name + "\",\"phone\":\""
                        + phone + "\",\"updatedAt\":\"" + Instant.now() + "\",\"email\":"
                        + (email == null ? "null" : "\"" + email + "\"") + ",\"consent\":" + consent + "}"));
    }

    /** A walk-in of the customer (visit.recorded); returns the ce_id. */
    static String walkIn(UUID lead, UUID visit) {
        return TestEvents.send(
                Topics.VISIT_RECORDED,
                lead.toString(),
                "{\"visitId\":\"" + visit + "\",\"dealerId\":\"" + DEALER + "\",\"leadId\":\"" + lead
                        + "\",\"kind\":\"WALK_IN\",\"consultantId\":\"msg.li\",\"occurredAt\":\"" + Instant.now()
                        + "\",\"checkpoints\":[],\"modelsPresented\":[],\"appointmentAt\":null}");
    }

    static JsonPath messagesOf(UUID lead) {
        return given().auth()
                .oauth2(CARE)
                .get("/api/v1/messages?leadId=" + lead)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    static JsonPath awaitMessages(UUID lead, int count, String status) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath p = messagesOf(lead);
            List<String> statuses = p.getList("items.status");
            return statuses.size() == count && statuses.stream().allMatch(status::equals);
        });
        return messagesOf(lead);
    }

    static String sign(String body) {
        return Signatures.webhookSignature(WEBHOOK_SECRET, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aConsentingCustomerIsThankedOnceAndTheTestDriveConfirmed() {
        UUID lead = UUID.randomUUID();
        String phone = Fixtures.phone();
        contact(lead, "Chen Jing", phone, null, true);
        UUID visit = UUID.randomUUID();
        walkIn(lead, visit);
        JsonPath p = awaitMessages(lead, 1, "DELIVERED");
        assertEquals("VISIT_THANK_YOU", p.getString("items[0].kind"));
        assertEquals("SMS", p.getString("items[0].channel"), "no e-mail known: by phone");
        assertEquals("zh-CN", p.getString("items[0].language"), "the dealer's first language");
        String body = p.getString("items[0].body");
        assertTrue(body.contains("Chen Jing"), body);
        assertTrue(body.contains("http://localhost:8080/messages/stop/"), "every message says how to stop: " + body);
        // the same visit announced again (a new event): no second thank-you
        awaitApplied(walkIn(lead, visit));
        String slot = Instant.now()
                .plus(2, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.HOURS)
                .toString();
        TestEvents.send(
                Topics.TESTDRIVE_BOOKED,
                lead.toString(),
                "{\"testDriveId\":\"" + UUID.randomUUID() + "\",\"dealerId\":\"" + DEALER + "\",\"leadId\":\"" + lead
                        + "\",\"consultantId\":\"msg.li\",\"demoCarId\":\"" + UUID.randomUUID()
                        + "\",\"model\":\"Aurora S\",\"slotStart\":\"" + slot + "\",\"slotEnd\":\"" + slot
                        + "\",\"bookedAt\":\"" + Instant.now() + "\"}");
        p = awaitMessages(lead, 2, "DELIVERED");
        assertEquals(List.of("TEST_DRIVE_CONFIRMATION", "VISIT_THANK_YOU"), p.getList("items.kind"));
        assertTrue(p.getString("items[0].body").contains("Aurora S"), p.getString("items[0].body"));
        // an e-mail known: by e-mail, with its subject
        contact(lead, "Chen Jing", phone, "chen.jing@example.com", true);
        walkIn(lead, UUID.randomUUID());
        p = awaitMessages(lead, 3, "DELIVERED");
        assertEquals("EMAIL", p.getString("items[0].channel"));
        assertEquals("感谢您的光临", p.getString("items[0].subject"));
    }

    @Test
    void theHistoryShowsThePeriodAskedForAndNamesABadOne() {
        UUID lead = UUID.randomUUID();
        contact(lead, "Zhou Lan", Fixtures.phone(), null, true);
        walkIn(lead, UUID.randomUUID());
        awaitMessages(lead, 1, "DELIVERED");
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        String around = "/api/v1/messages?leadId=" + lead + "&from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        given().auth().oauth2(CARE).get(around).then().statusCode(200).body("total", equalTo(1));
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/messages?leadId=" + lead + "&from=2020-01-01&to=2020-01-31")
                .then()
                .statusCode(200)
                .body("total", equalTo(0));
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/messages?leadId=" + lead + "&to=2020-01-31")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"))
                .body("errors[0].rule", equalTo("period"));
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/messages?from=yesterday")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"))
                .body("errors[0].rule", equalTo("date"));
    }

    @Test
    void theAppointmentReminderDueIsSentOnceWithItsLocalTime() throws Exception {
        UUID lead = UUID.randomUUID();
        contact(lead, "He Ping", Fixtures.phone(), null, true);
        UUID appointment = UUID.randomUUID();
        String reminder = "{\"appointmentId\":\"" + appointment + "\",\"dealerId\":\"" + DEALER + "\",\"leadId\":\""
                + lead + "\",\"consultantId\":\"msg.li\",\"scheduledAt\":\"2026-12-20T02:30:00Z\",\"remindedAt\":\""
                + Instant.now() + "\"}";
        TestEvents.send(Topics.APPOINTMENT_REMINDER_DUE, lead.toString(), reminder);
        JsonPath p = awaitMessages(lead, 1, "DELIVERED");
        assertEquals("APPOINTMENT_REMINDER", p.getString("items[0].kind"));
        assertTrue(
                p.getString("items[0].body").contains("2026-12-20 10:30"),
                "Shanghai time: " + p.getString("items[0].body"));
        awaitApplied(TestEvents.send(Topics.APPOINTMENT_REMINDER_DUE, lead.toString(), reminder));
        assertEquals(1, Fixtures.count("select count(*) from outgoing_message where lead_id = '" + lead + "'"));
    }

    @Test
    void aCustomerWithoutConsentGetsNothingAndStaffAreRefused() throws Exception {
        UUID lead = UUID.randomUUID();
        contact(lead, "Wu Lan", Fixtures.phone(), null, false);
        awaitApplied(walkIn(lead, UUID.randomUUID()));
        assertEquals(0, Fixtures.count("select count(*) from outgoing_message where lead_id = '" + lead + "'"));
        given().auth()
                .oauth2(CARE)
                .contentType(ContentType.JSON)
                .body("{\"leadId\":\"" + lead + "\",\"kind\":\"DELIVERY_INVITATION\",\"time\":\"2026-12-20 10:00\"}")
                .post("/api/v1/messages")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("consented"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("leadId"))
                .body("errors[0].rule", org.hamcrest.Matchers.equalTo("no-consent"));
    }

    @Test
    void aStopReplyOptsTheCustomerOutAtOnceAndABadSignatureIsRefused() throws Exception {
        UUID lead = UUID.randomUUID();
        String phone = Fixtures.phone();
        contact(lead, "Zhao Min", phone, null, true);
        walkIn(lead, UUID.randomUUID());
        awaitMessages(lead, 1, "DELIVERED");
        String stop = "{\"type\":\"REPLY\",\"channel\":\"SMS\",\"from\":\"" + phone + "\",\"text\":\" stop \"}";
        given().contentType(ContentType.JSON)
                .header("X-Showroom-Signature", Signatures.webhookSignature("another-secret", stop.getBytes()))
                .body(stop)
                .post("/api/v1/public/messages/inbound")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(stop)
                .post("/api/v1/public/messages/inbound")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .header("X-Showroom-Signature", sign(stop))
                .body(stop)
                .post("/api/v1/public/messages/inbound")
                .then()
                .statusCode(200)
                .body("optedOut", equalTo(1));
        // integrators learn it: customer.opted-out, by a STOP reply on SMS, no phone
        ConsumerRecord<String, String> out =
                TestEvents.await(Topics.CUSTOMER_OPTED_OUT, r -> lead.toString().equals(r.key()));
        EventContract.assertValid(out);
        JsonPath outPayload = JsonPath.from(out.value());
        assertEquals("STOP_REPLY", outPayload.getString("via"));
        assertEquals("SMS", outPayload.getString("channel"));
        assertEquals(DEALER, outPayload.getString("dealerId"));
        assertFalse(out.value().contains(phone), out.value());
        // nothing from now on: the next walk-in is applied and sends nothing; staff are refused
        awaitApplied(walkIn(lead, UUID.randomUUID()));
        assertEquals(1, Fixtures.count("select count(*) from outgoing_message where lead_id = '" + lead + "'"));
        given().auth()
                .oauth2(CARE)
                .contentType(ContentType.JSON)
                .body("{\"leadId\":\"" + lead + "\",\"kind\":\"HOLIDAY_GREETING\",\"occasion\":\"New Year\"}")
                .post("/api/v1/messages")
                .then()
                .statusCode(409)
                .body("detail", containsString("opted out"))
                .body("errors[0].rule", org.hamcrest.Matchers.equalTo("opted-out"));
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/messages/report")
                .then()
                .statusCode(200)
                .body("optOutsByVia.via", hasItem("STOP_REPLY"));
    }

    @Test
    void theLinkInTheMessageOptsOutAndAForgedOneDoesNot() {
        UUID lead = UUID.randomUUID();
        contact(lead, "Sun Yue", Fixtures.phone(), null, true);
        walkIn(lead, UUID.randomUUID());
        String body = awaitMessages(lead, 1, "DELIVERED").getString("items[0].body");
        Matcher m = java.util.regex.Pattern.compile("/messages/stop/([A-Za-z0-9_.-]+)")
                .matcher(body);
        assertTrue(m.find(), body);
        String token = m.group(1);
        String forged = Signatures.optOutToken("guessed", DEALER, lead);
        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body("{\"token\":\"" + forged + "\"}")
                .post("/api/v1/public/message-opt-outs")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(CARE)
                .contentType(ContentType.JSON)
                .body("{\"token\":\"" + token + "\"}")
                .post("/api/v1/public/message-opt-outs")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body("{\"token\":\"" + token + "\"}")
                .post("/api/v1/public/message-opt-outs")
                .then()
                .statusCode(200)
                .body("optedOut", equalTo(true))
                .body("dealerId", equalTo(DEALER));
        ConsumerRecord<String, String> out =
                TestEvents.await(Topics.CUSTOMER_OPTED_OUT, r -> lead.toString().equals(r.key()));
        EventContract.assertValid(out);
        assertEquals("LINK", JsonPath.from(out.value()).getString("via"));
        assertEquals(null, JsonPath.from(out.value()).getString("channel"));
        given().auth()
                .oauth2(CARE)
                .contentType(ContentType.JSON)
                .body("{\"leadId\":\"" + lead
                        + "\",\"kind\":\"SURVEY_LINK\",\"link\":\"http://localhost:8080/survey/x\"}")
                .post("/api/v1/messages")
                .then()
                .statusCode(409);
    }

    @Test
    void theManagerWritesTheDealersOwnWordsAndGreetsEveryConsentingCustomerOnce() {
        String dealer = "dealer-msg-02";
        String manager = TestTokens.of("msg2.boss", dealer, Roles.MANAGER);
        given().auth()
                .oauth2(manager)
                .get("/api/v1/message-templates")
                .then()
                .statusCode(200)
                .body("items.kind", hasItem("APPOINTMENT_REMINDER"))
                .body("items.find { it.kind == 'HOLIDAY_GREETING' && it.language == 'en' }.own", equalTo(false));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"HOLIDAY_GREETING\",\"language\":\"zh-CN\",\"body\":\"{name}, {holiday}!\"}")
                .put("/api/v1/message-templates")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("body"))
                .body("errors[0].rule", equalTo("unknownPlaceholder"));
        given().auth()
                .oauth2(TestTokens.of("msg2.li", dealer, Roles.CONSULTANT))
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"HOLIDAY_GREETING\",\"language\":\"zh-CN\",\"body\":\"{name}\"}")
                .put("/api/v1/message-templates")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"HOLIDAY_GREETING\",\"language\":\"zh-CN\",\"body\":\"{name}，{occasion}快乐！\"}")
                .put("/api/v1/message-templates")
                .then()
                .statusCode(200)
                .body("own", equalTo(true))
                .body("version", equalTo(1));
        // a change at a version read before that one is refused (412), at the one stored it applies
        given().auth()
                .oauth2(manager)
                .header("If-Match", "\"0\"")
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"HOLIDAY_GREETING\",\"language\":\"zh-CN\",\"body\":\"{name}\"}")
                .put("/api/v1/message-templates")
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(manager)
                .header("If-Match", "\"1\"")
                .contentType(ContentType.JSON)
                .body("{\"kind\":\"HOLIDAY_GREETING\",\"language\":\"zh-CN\",\"body\":\"{name}，{occasion}快乐！\"}")
                .put("/api/v1/message-templates")
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        UUID lead = UUID.randomUUID();
        awaitApplied(TestEvents.send(
                Topics.LEAD_CONTACT,
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + dealer + "\",\"name\":\"Qian Li\",\"phone\":\""
                        + Fixtures.phone() + "\",\"updatedAt\":\"" + Instant.now() + "\",\"consent\":true}"));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body("{\"occasion\":\"春节\"}")
                .post("/api/v1/messages/greetings")
                .then()
                .statusCode(200)
                .body("queued", equalTo(1));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body("{\"occasion\":\"春节\"}")
                .post("/api/v1/messages/greetings")
                .then()
                .statusCode(200)
                .body("queued", equalTo(0))
                .body("skipped", equalTo(1));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "DELIVERED"
                        .equals(given().auth()
                                .oauth2(manager)
                                .get("/api/v1/messages?leadId=" + lead)
                                .then()
                                .extract()
                                .path("items[0].status")));
        given().auth()
                .oauth2(manager)
                .get("/api/v1/messages?leadId=" + lead)
                .then()
                .body("items[0].body", startsWith("Qian Li，春节快乐！"));
        given().auth()
                .oauth2(manager)
                .get("/api/v1/messages/report")
                .then()
                .statusCode(200)
                .body("messages", equalTo(1))
                .body("rows[0].kind", equalTo("HOLIDAY_GREETING"))
                .body("rows[0].status", equalTo("DELIVERED"))
                .body("consentingCustomers", equalTo(1));
        // another dealer sees none of it
        given().auth()
                .oauth2(CARE)
                .get("/api/v1/messages?leadId=" + lead)
                .then()
                .body("total", equalTo(0));
        given().auth().oauth2(CONSULTANT).get("/api/v1/messages/report").then().statusCode(403);
    }

    /** order.ready-for-delivery as order-service announces it once the PDI passed. */
    static String readyForDelivery(UUID lead, UUID order, String expected) {
        return TestEvents.send(
                Topics.ORDER_READY_FOR_DELIVERY,
                lead.toString(),
                "{\"orderId\":\"" + order + "\",\"orderNumber\":\"SO-"
                        + order.toString().substring(0, 8)
                        + "\",\"dealerId\":\"" + DEALER + "\",\"leadId\":\"" + lead
                        + "\",\"consultantId\":\"msg.li\",\"vin\":\"" + Fixtures.vin()
                        + "\",\"deliveryMethod\":\"SHOWROOM_CEREMONY\",\"expectedDeliveryDate\":"
                        + (expected == null ? "null" : "\"" + expected + "\"") + ",\"readyAt\":\"" + Instant.now()
                        + "\"}");
    }

    /** order.delayed as order-service's delay check announces it. */
    static String delayed(UUID lead, UUID order, String kind, String expected, String eta) {
        return TestEvents.send(
                Topics.ORDER_DELAYED,
                lead.toString(),
                "{\"orderId\":\"" + order + "\",\"orderNumber\":\"SO-"
                        + order.toString().substring(0, 8)
                        + "\",\"dealerId\":\"" + DEALER + "\",\"leadId\":\"" + lead
                        + "\",\"consultantId\":\"msg.li\",\"kind\":\"" + kind + "\",\"expectedDeliveryDate\":\""
                        + expected + "\",\"daysLate\":2,\"incomingEta\":" + (eta == null ? "null" : "\"" + eta + "\"")
                        + ",\"detectedAt\":\"" + Instant.now() + "\"}");
    }

    @Test
    void theCarReadyInvitesTheCustomerToTheHandoverOnceAndADelayIsTold() throws Exception {
        UUID lead = UUID.randomUUID();
        String phone = Fixtures.phone();
        contact(lead, "Guo Mei", phone, null, true);
        UUID order = UUID.randomUUID();
        String expected = java.time.LocalDate.now().plusDays(20).toString();
        readyForDelivery(lead, order, expected);
        JsonPath p = awaitMessages(lead, 1, "DELIVERED");
        assertEquals("DELIVERY_INVITATION", p.getString("items[0].kind"));
        String body = p.getString("items[0].body");
        assertTrue(body.contains("Guo Mei") && body.contains(expected), "the handover's day: " + body);
        // once per order, however often the event comes
        awaitApplied(readyForDelivery(lead, order, expected));
        assertEquals(1, Fixtures.count("select count(*) from outgoing_message where lead_id = '" + lead + "'"));

        // another order of the customer is late: OVERDUE with a car on its way tells the new date, once
        UUID late = UUID.randomUUID();
        String was = java.time.LocalDate.now().minusDays(2).toString();
        String eta = java.time.LocalDate.now().plusDays(9).toString();
        delayed(lead, late, "OVERDUE", was, eta);
        p = awaitMessages(lead, 2, "DELIVERED");
        assertEquals("DELIVERY_DELAYED", p.getString("items[0].kind"));
        body = p.getString("items[0].body");
        assertTrue(body.contains(was) && body.contains(eta), "the date missed and the new one: " + body);
        awaitApplied(delayed(lead, late, "OVERDUE", was, eta));
        // staff's early warning without a later car is not the customer's news
        awaitApplied(delayed(lead, UUID.randomUUID(), "DUE_SOON", expected, null));
        assertEquals(2, Fixtures.count("select count(*) from outgoing_message where lead_id = '" + lead + "'"));

        // integrators learn each message's status, never its words nor the address
        String messageId = p.getString("items[0].id");
        ConsumerRecord<String, String> changed = TestEvents.await(
                Topics.MESSAGE_STATUS_CHANGED,
                r -> r.value() != null && r.value().contains(messageId));
        EventContract.assertValid(changed);
        JsonPath e = JsonPath.from(changed.value());
        assertEquals("DELIVERY_DELAYED", e.getString("kind"));
        assertEquals("SMS", e.getString("channel"));
        assertEquals("DELIVERED", e.getString("status"));
        assertEquals(lead.toString(), e.getString("leadId"));
        assertEquals(DEALER, e.getString("dealerId"));
        assertFalse(changed.value().contains(phone) || changed.value().contains("Guo Mei"), changed.value());
        assertEquals(lead.toString(), changed.key());
    }

    @Test
    void anOptedOutOrNonConsentingCustomerIsNeitherInvitedNorToldOfADelay() throws Exception {
        UUID lead = UUID.randomUUID();
        contact(lead, "Yan Bo", Fixtures.phone(), null, false);
        awaitApplied(readyForDelivery(lead, UUID.randomUUID(), null));
        awaitApplied(delayed(lead, UUID.randomUUID(), "OVERDUE", "2026-01-10", null));
        assertEquals(0, Fixtures.count("select count(*) from outgoing_message where lead_id = '" + lead + "'"));
    }

    @Test
    void theErasureTakesTheWordsOfTheMessages() throws Exception {
        UUID lead = UUID.randomUUID();
        contact(lead, "Ma Rui", Fixtures.phone(), "ma.rui@example.com", true);
        walkIn(lead, UUID.randomUUID());
        awaitMessages(lead, 1, "DELIVERED");
        awaitApplied(TestEvents.send(
                Topics.CUSTOMER_ERASURE_REQUESTED,
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + DEALER + "\",\"requestedAt\":\"" + Instant.now()
                        + "\",\"referralIds\":[]}"));
        JsonPath p = messagesOf(lead);
        assertEquals("(erased)", p.getString("items[0].body"));
        assertEquals(null, p.getString("items[0].subject"));
        assertEquals("DELIVERED", p.getString("items[0].status"), "the fact stays for the report");
        assertNotNull(Fixtures.string("select lead_id from customer where lead_id = '" + lead + "' and email is null"));
    }
}
