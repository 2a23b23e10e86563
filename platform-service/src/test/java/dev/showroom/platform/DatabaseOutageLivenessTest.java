package dev.showroom.platform;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.sample.SampleConsumer;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An event that waits for the database (EventInbox tries it again until it answers) for several times the
 * stuck threshold ({@code showroom.events.stuck-after}, 2 s in this module's tests; 5 min by default) keeps
 * liveness up, and is applied once the database is back; a try that really hangs takes liveness down
 * until it ends.
 */
@QuarkusTest
@Order(5)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DatabaseOutageLivenessTest {

    static final Duration THRESHOLD =
            ConfigProvider.getConfig().getValue("showroom.events.stuck-after", Duration.class);

    @Test
    @Order(1)
    void anEventWaitingForTheDatabaseLongerThanTheThresholdKeepsLivenessUpAndIsAppliedAfter() throws Exception {
        String key = "outage-" + UUID.randomUUID();
        String text = "unavailable-" + UUID.randomUUID();
        SampleConsumer.UNAVAILABLE.add(text);
        try {
            TestEvents.send("sample.in", key, "{\"dealerId\":\"dealer-1\",\"text\":\"" + text + "\"}");
            await().atMost(Duration.ofMinutes(1)).until(() -> SampleConsumer.TRIED.contains(text));
            // the outage lasts three thresholds (and SmallRye's commit timer, 5 s, has run meanwhile)
            long end = System.nanoTime()
                    + Math.max(
                            THRESHOLD.multipliedBy(3).toNanos(),
                            Duration.ofSeconds(8).toNanos());
            int probes = 0;
            while (System.nanoTime() < end) {
                assertEquals(
                        200,
                        given().get("/q/health/live").statusCode(),
                        given().get("/q/health/live").asString());
                probes++;
                Thread.sleep(250);
            }
            assertTrue(probes > 10, "liveness probed throughout the outage: " + probes);
            assertEquals(0, InboxTest.effects(text), "not applied while the database is away");
        } finally {
            SampleConsumer.UNAVAILABLE.remove(text);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> InboxTest.effects(text) == 1);
        assertTrue(TestEvents.all("platform-test.dlq", r -> key.equals(r.key())).isEmpty(), "nothing dead-lettered");
        assertEquals(200, given().get("/q/health/live").statusCode());
    }

    @Test
    @Order(2)
    void aTryThatHangsLongerThanTheThresholdTakesLivenessDownUntilItEnds() throws Exception {
        String text = "hanging-" + UUID.randomUUID();
        SampleConsumer.HANGING.add(text);
        try {
            TestEvents.send(
                    "sample.in", "hang-" + UUID.randomUUID(), "{\"dealerId\":\"dealer-1\",\"text\":\"" + text + "\"}");
            await().atMost(Duration.ofMinutes(1)).until(() -> SampleConsumer.TRIED.contains(text));
            await().atMost(THRESHOLD.plusSeconds(30))
                    .until(() -> given().get("/q/health/live").statusCode() == 503);
            assertTrue(given().get("/q/health/live").asString().contains("sample.in"), "the check names the record");
        } finally {
            SampleConsumer.HANGING.remove(text);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> InboxTest.effects(text) == 1);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/q/health/live").statusCode() == 200);
    }
}
