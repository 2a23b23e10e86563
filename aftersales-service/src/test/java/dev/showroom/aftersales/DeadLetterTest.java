package dev.showroom.aftersales;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.showroom.testing.PoisonMessages;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A poison message on each topic aftersales-service consumes lands in aftersales-service.dlq; the next
 * message is applied.
 */
@QuarkusTest
class DeadLetterTest {

    @ParameterizedTest
    @ValueSource(strings = { "order.signed", "order.cancelled", "order.delivered", "visit.recorded",
            "testdrive.completed", "lead.defeated", "customer.erasure-requested" })
    void aPoisonMessageIsDeadLetteredAndTheNextIsApplied(String topic) throws JsonProcessingException {
        String lead = UUID.randomUUID().toString();
        PoisonMessages.assertDeadLetteredThenApplied("aftersales-service", topic, lead, valid(topic, lead));
    }

    /** A valid event of the topic about that lead. */
    static String valid(String topic, String lead) throws JsonProcessingException {
        String now = Instant.now().toString();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("leadId", lead);
        e.put("dealerId", "dealer-sh-01");
        e.put("consultantId", "li.wei");
        switch (topic) {
            case "order.signed" -> e.putAll(Map.of(
                    "orderId", UUID.randomUUID().toString(), "orderNumber", "DEALER-SH-01-2026-900001",
                    "model", "Aurora S", "total", "200000.00", "currency", "CNY", "depositState", "NOT_PAID",
                    "signedAt", now));
            case "order.cancelled" -> e.putAll(Map.of(
                    "orderId", UUID.randomUUID().toString(), "orderNumber", "DEALER-SH-01-2026-900002",
                    "reason", "changed mind", "refundAmount", "0.00", "previousState", "SIGNED", "cancelledAt", now));
            case "order.delivered" -> e.putAll(Map.of(
                    "orderId", UUID.randomUUID().toString(), "orderNumber", "DEALER-SH-01-2026-900003",
                    "vin", "LSVAU218XN2183294", "model", "Aurora S", "customerName", "Poison Next",
                    "deliveredAt", now));
            case "visit.recorded" -> e.putAll(Map.of(
                    "visitId", UUID.randomUUID().toString(), "kind", "CALL", "occurredAt", now,
                    "checkpoints", List.of(Map.of("code", "STANDARD_GREETING", "met", true))));
            case "testdrive.completed" -> e.putAll(Map.of(
                    "testDriveId", UUID.randomUUID().toString(), "model", "Aurora S", "odometerStart", 10,
                    "odometerEnd", 20, "feedback", Map.of("overall", 5), "completedAt", now));
            case "lead.defeated" -> e.putAll(Map.of("reason", "PRICE", "defeatedAt", now));
            case "customer.erasure-requested" -> e.put("requestedAt", now);
            default -> throw new IllegalArgumentException(topic);
        }
        return new ObjectMapper().writeValueAsString(e);
    }

    static String phone() {
        return "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
