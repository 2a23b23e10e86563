package dev.showroom.platform;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.testing.KafkaBroker;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Runs last: it stops the module's broker. */
@QuarkusTest
@Order(100)
class BrokerOutageTest {

    @Test
    void theApiWorksWhileTheBrokerIsDownAndNothingIsLost() throws Exception {
        KafkaBroker broker = KafkaBroker.get();
        org.junit.jupiter.api.Assumptions.assumeTrue(broker.isEmbedded(), "needs the embedded broker to stop it");
        String token = TestTokens.of("li.wei", "dealer-1", "consultant");
        broker.stop();
        List<String> ids = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                ids.add(given().auth()
                        .oauth2(token)
                        .contentType(ContentType.JSON)
                        .body("{\"text\":\"outage " + i + "\",\"tags\":[\"a\"]}")
                        .post("/api/v1/notes")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id"));
            }
            Thread.sleep(8_000); // several relay runs fail meanwhile
        } finally {
            broker.start();
        }
        // every note's event is published once the broker is back (some maybe twice: at least once, and the
        // consumers are idempotent); counting records let such duplicates end the wait before the last events
        Set<String> wanted = new HashSet<>(ids);
        assertEquals(wanted, TestEvents.awaitKeys("sample.noted", wanted, Duration.ofSeconds(60)));
    }
}
