package dev.showroom.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Poison on a consumed topic: four records the consumer cannot read, then a valid event, all with one key
 * (one partition, so in this order). The four must land in {@code <consumer>.dlq} naming the topic and the
 * reason, and the valid one after them must be applied (its ce_id recorded by the consumer's inbox).
 *
 * <pre>
 * PoisonMessages.assertDeadLetteredThenApplied("visit-service", "lead.created");   // a valid event made here
 * PoisonMessages.assertDeadLetteredThenApplied("visit-service", "lead.created", leadId, validLeadCreatedJson);
 * </pre>
 */
public final class PoisonMessages {

    /** No ce_id header; not JSON; JSON of the wrong shape; a payload without its dealer. */
    public static final int POISONS = 4;

    private PoisonMessages() {}

    /** The same with a valid event of the topic about a new lead of dealer-sh-01 (consultant li.wei). */
    public static void assertDeadLetteredThenApplied(String consumer, String topic) {
        String lead = UUID.randomUUID().toString();
        assertDeadLetteredThenApplied(consumer, topic, lead, validEvent(topic, lead));
    }

    public static void assertDeadLetteredThenApplied(String consumer, String topic, String key, String validJson) {
        TestEvents.sendRaw(new ProducerRecord<>(topic, key, validJson));
        TestEvents.send(topic, key, "this is not json");
        TestEvents.send(topic, key, "[1,2,3]");
        TestEvents.send(topic, key, "{\"note\":\"no dealer\"}");
        String valid = TestEvents.send(topic, key, validJson);

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(consumer, valid));
        List<ConsumerRecord<String, String>> dead = TestEvents.awaitCount(
                consumer + ".dlq",
                r -> key.equals(r.key()) && topic.equals(TestEvents.header(r, "dead-letter-topic")),
                POISONS,
                Duration.ofSeconds(30));
        if (dead.size() != POISONS) {
            throw new AssertionError(
                    dead.size() + " dead letters for " + topic + " key " + key + ", expected " + POISONS);
        }
        for (ConsumerRecord<String, String> r : dead) {
            if (TestEvents.header(r, "dead-letter-reason") == null) {
                throw new AssertionError("a dead letter of " + topic + " without its reason");
            }
        }
    }

    /** True once the consumer's inbox has recorded the event (in the same transaction as its effect). */
    static boolean applied(String consumer, String eventId) throws Exception {
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement(
                        "select count(*) from processed_event where consumer = ? and event_id = ?")) {
            ps.setString(1, consumer);
            ps.setString(2, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    /** A valid event of each consumed topic about {@code lead} (the AsyncAPI schemas' required fields). */
    static String validEvent(String topic, String lead) {
        String now = Instant.now().toString();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("leadId", lead);
        e.put("dealerId", "dealer-sh-01");
        e.put("consultantId", "li.wei");
        switch (topic) {
            case "lead.created" -> e.putAll(Map.of("channel", "WALK_IN", "createdAt", now));
            case "lead.contact" -> {
                e.remove("consultantId");
                e.putAll(Map.of("name", "Poison Next", "phone", phone(), "updatedAt", now));
            }
            case "lead.assigned" -> e.put("assignedAt", now);
            case "lead.qualified" -> e.put("qualifiedAt", now);
            case "lead.defeated" -> e.putAll(Map.of("reason", "PRICE", "defeatedAt", now));
            case "lead.defeat-reviewed" ->
                e.putAll(Map.of(
                        "defeatId",
                        UUID.randomUUID().toString(),
                        "decision",
                        "CONFIRMED",
                        "reason",
                        "POSTPONED",
                        "reviewedBy",
                        "zhang.manager",
                        "reviewedAt",
                        now));
            case "customer.erasure-requested" -> e.put("requestedAt", now);
            case "visit.recorded" ->
                e.putAll(Map.of(
                        "visitId",
                        UUID.randomUUID().toString(),
                        "kind",
                        "CALL",
                        "occurredAt",
                        now,
                        "checkpoints",
                        List.of(Map.of("code", "STANDARD_GREETING", "met", true))));
            case "needs.analysed" ->
                e.putAll(Map.of(
                        "needsAnalysisId",
                        UUID.randomUUID().toString(),
                        "recommendedModel",
                        "Aurora S",
                        "summaryConfirmed",
                        true,
                        "revision",
                        0,
                        "analysedAt",
                        now));
            case "presentation.recorded" ->
                e.putAll(Map.of(
                        "presentationId",
                        UUID.randomUUID().toString(),
                        "model",
                        "Aurora S",
                        "pointsCovered",
                        3,
                        "pointsReactedTo",
                        1,
                        "presentedAt",
                        now,
                        "checkpoints",
                        List.of(Map.of("code", "BIGGEST_BENEFIT_FIRST", "met", true))));
            case "testdrive.completed" ->
                e.putAll(Map.of(
                        "testDriveId",
                        UUID.randomUUID().toString(),
                        "model",
                        "Aurora S",
                        "odometerStart",
                        10,
                        "odometerEnd",
                        20,
                        "feedback",
                        Map.of("overall", 5),
                        "completedAt",
                        now));
            case "quote.issued" ->
                e.putAll(Map.of(
                        "quoteId",
                        UUID.randomUUID().toString(),
                        "model",
                        "Aurora S",
                        "total",
                        "200000.00",
                        "currency",
                        "CNY",
                        "issuedAt",
                        now));
            case "order.signed" ->
                e.putAll(Map.of(
                        "orderId",
                        UUID.randomUUID().toString(),
                        "orderNumber",
                        "DEALER-SH-01-2026-900001",
                        "model",
                        "Aurora S",
                        "total",
                        "200000.00",
                        "currency",
                        "CNY",
                        "depositState",
                        "NOT_PAID",
                        "signedAt",
                        now));
            case "order.cancelled" ->
                e.putAll(Map.of(
                        "orderId",
                        UUID.randomUUID().toString(),
                        "orderNumber",
                        "DEALER-SH-01-2026-900002",
                        "refundAmount",
                        "0.00",
                        "previousState",
                        "SIGNED",
                        "cancelledAt",
                        now));
            case "order.delivered" ->
                e.putAll(Map.of(
                        "orderId",
                        UUID.randomUUID().toString(),
                        "orderNumber",
                        "DEALER-SH-01-2026-900003",
                        "vin",
                        "LSVAU218XN2183294",
                        "model",
                        "Aurora S",
                        "deliveredAt",
                        now));
            case "order.ready-for-delivery" ->
                e.putAll(Map.of(
                        "orderId",
                        UUID.randomUUID().toString(),
                        "orderNumber",
                        "DEALER-SH-01-2026-900004",
                        "vin",
                        "LSVAU218XN2183295",
                        "deliveryMethod",
                        "SHOWROOM_CEREMONY",
                        "expectedDeliveryDate",
                        java.time.LocalDate.now().plusDays(3).toString(),
                        "readyAt",
                        now));
            case "order.delayed" ->
                e.putAll(Map.of(
                        "orderId",
                        UUID.randomUUID().toString(),
                        "orderNumber",
                        "DEALER-SH-01-2026-900005",
                        "kind",
                        "OVERDUE",
                        "expectedDeliveryDate",
                        java.time.LocalDate.now().minusDays(2).toString(),
                        "daysLate",
                        2,
                        "detectedAt",
                        now));
            case "referral.received" -> {
                e.remove("leadId");
                e.putAll(Map.of(
                        "referralId",
                        UUID.randomUUID().toString(),
                        "referrerLeadId",
                        lead,
                        "relation",
                        "friend",
                        "consentAt",
                        now,
                        "receivedAt",
                        now));
            }
            case "referral.contact" -> {
                e.remove("leadId");
                e.putAll(Map.of(
                        "referralId",
                        UUID.randomUUID().toString(),
                        "referrerLeadId",
                        lead,
                        "name",
                        "Poison Referral",
                        "phone",
                        phone(),
                        "relation",
                        "friend",
                        "consentAt",
                        now,
                        "receivedAt",
                        now));
            }
            case "visit.contact" -> {
                e.remove("leadId");
                e.putAll(Map.of(
                        "visitId",
                        UUID.randomUUID().toString(),
                        "kind",
                        "CALL",
                        "name",
                        "Poison Visitor",
                        "phone",
                        phone(),
                        "occurredAt",
                        now));
            }
            case "dealer.roster-changed" -> {
                // a dealer of its own: the sample roster replaces no test's copy
                e.clear();
                e.putAll(Map.of(
                        "dealerId",
                        "dealer-poison-" + lead,
                        "revision",
                        1,
                        "members",
                        List.of(Map.of("userId", "li.wei", "roles", List.of("CONSULTANT"), "active", true)),
                        "duty",
                        List.of(),
                        "changedAt",
                        now));
            }
            case "dealer.profile-changed" -> {
                // a dealer of its own: the sample profile replaces no test's copy
                e.clear();
                e.putAll(Map.of(
                        "dealerId",
                        "dealer-poison-" + lead,
                        "region",
                        "CN",
                        "timeZone",
                        "Asia/Shanghai",
                        "currency",
                        "CNY",
                        "openingHours",
                        List.of(Map.of("day", "MONDAY", "opens", "09:00", "closes", "18:00")),
                        "languages",
                        List.of("zh-CN"),
                        "version",
                        0,
                        "changedAt",
                        now));
            }
            default -> throw new IllegalArgumentException("no sample event for " + topic);
        }
        try {
            return new ObjectMapper().writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String phone() {
        return "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
