package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A customer's opt-out at after-sales (customer.opted-out) withdraws the lead's consent to be contacted. */
@QuarkusTest
class ContactOptOutTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anOptOutWithdrawsTheConsentAndTellsTheOtherServices() throws Exception {
        String id = create(MANAGER, Map.of("name", "Opt Out", "phone", mobile(), "channel", "WALK_IN", "consent", true))
                .statusCode(201)
                .extract()
                .path("id");
        assertTrue(consent(id), "consented on capture");
        TestEvents.send(
                "customer.opted-out",
                id,
                JSON.writeValueAsString(Map.of(
                        "leadId",
                        id,
                        "dealerId",
                        DEALER,
                        "via",
                        "STOP_REPLY",
                        "channel",
                        "SMS",
                        "optedOutAt",
                        Instant.now().toString())));
        await().atMost(Duration.ofSeconds(30)).until(() -> !consent(id));
        // the copies that follow lead.contact learn it too: its latest record for the lead says no consent
        ConsumerRecord<String, String> contact = TestEvents.await(
                "lead.contact",
                r -> id.equals(r.key()) && r.value() != null && r.value().contains("\"consent\":false"),
                Duration.ofSeconds(30));
        assertFalse(JSON.readTree(contact.value()).path("consent").asBoolean(true));
    }

    private static boolean consent(String id) throws Exception {
        return StageEventsTest.leadView(id).path("consentContact").asBoolean();
    }
}
