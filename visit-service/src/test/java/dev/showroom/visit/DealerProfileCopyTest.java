package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * visit-service reads phones and days with its copy of lead-service's dealer profile (dealer.profile-changed):
 * applied once, and never replaced by an older version. Before the copy existed visit-service read its own
 * region setting, which could differ from lead-service's.
 */
@QuarkusTest
class DealerProfileCopyTest {

    static final String UK_MOBILE = "07911 123456";

    static String profile(String dealer, String region, String zone, long version) {
        return "{\"dealerId\":\"" + dealer + "\",\"region\":\"" + region + "\",\"timeZone\":\"" + zone
                + "\",\"currency\":\"GBP\",\"openingHours\":[{\"day\":\"MONDAY\",\"opens\":\"09:00\",\"closes\":\"18:00\"}],"
                + "\"languages\":[\"en-GB\"],\"version\":" + version + ",\"changedBy\":\"boss\",\"changedAt\":\""
                + Instant.now() + "\"}";
    }

    static Map<String, Object> call(String phone) {
        return Map.of(
                "contact",
                Map.of("name", "Ada Lovelace", "phone", phone),
                "ringCount",
                2,
                "checkpoints",
                Map.of(
                        "standardGreeting",
                        true,
                        "nameAndContactAsked",
                        true,
                        "knowsTheWayAsked",
                        true,
                        "invitedToVisit",
                        true));
    }

    static boolean applied(String eventId) throws Exception {
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement(
                        "select count(*) from processed_event where consumer = 'visit-service' and event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    @Test
    void theProfilesRegionAndTimeZoneAreAppliedOnceAndAnOlderVersionChangesNothing() throws Exception {
        String dealer = unique("dealer-uk");
        // a manager sees the whole phone (a receptionist gets it masked)
        String desk = TestTokens.of("boss", dealer, Roles.MANAGER);
        // the defaults: a UK number without its country code is no Chinese number
        post(desk, "/api/v1/visits/calls", call(UK_MOBILE))
                .statusCode(400)
                .body("errors.field", hasItem("contact.phone"));

        String id = TestEvents.send("dealer.profile-changed", dealer, profile(dealer, "GB", "Europe/London", 3));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(id));
        post(desk, "/api/v1/visits/calls", call(UK_MOBILE))
                .statusCode(201)
                .body("contact.phone", equalTo("+447911123456"));

        // the same event again, and an older version arriving late: the copy stays at version 3
        TestEvents.send("dealer.profile-changed", dealer, profile(dealer, "GB", "Europe/London", 3), id);
        String late = TestEvents.send("dealer.profile-changed", dealer, profile(dealer, "CN", "Asia/Shanghai", 2));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(late));
        post(desk, "/api/v1/visits/calls", call(UK_MOBILE))
                .statusCode(201)
                .body("contact.phone", equalTo("+447911123456"));
    }
}
