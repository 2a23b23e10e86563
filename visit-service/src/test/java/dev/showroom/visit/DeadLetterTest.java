package dev.showroom.visit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.showroom.testing.PoisonMessages;
import io.quarkus.test.junit.QuarkusTest;

/** A poison message on each topic visit-service consumes lands in visit-service.dlq; the next message is applied. */
@QuarkusTest
class DeadLetterTest {

    @ParameterizedTest
    @ValueSource(strings = { "lead.created", "lead.assigned", "lead.qualified", "customer.erasure-requested" })
    void aPoisonMessageIsDeadLetteredAndTheNextIsApplied(String topic) throws JsonProcessingException {
        String lead = UUID.randomUUID().toString();
        PoisonMessages.assertDeadLetteredThenApplied("visit-service", topic, lead, valid(topic, lead));
    }

    /** A valid event of the topic about that lead. */
    static String valid(String topic, String lead) throws JsonProcessingException {
        String now = Instant.now().toString();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("leadId", lead);
        e.put("dealerId", "dealer-sh-01");
        e.put("consultantId", "li.wei");
        switch (topic) {
            case "lead.created" -> e.putAll(Map.of(
                    "channel", "WALK_IN", "name", "Poison Next", "phone", phone(), "createdAt", now));
            case "lead.assigned" -> e.put("assignedAt", now);
            case "lead.qualified" -> e.put("qualifiedAt", now);
            case "customer.erasure-requested" -> e.put("requestedAt", now);
            default -> throw new IllegalArgumentException(topic);
        }
        return new ObjectMapper().writeValueAsString(e);
    }

    static String phone() {
        return "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
