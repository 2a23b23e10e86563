package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one dealer profile: read by any of the dealer's staff, replaced by its manager at a version, announced. */
@QuarkusTest
class DealerProfileTest {

    static Map<String, Object> profile(String region, String zone, String currency) {
        return Map.of(
                "region",
                region,
                "timeZone",
                zone,
                "currency",
                currency,
                "openingHours",
                List.of(
                        Map.of("day", "MONDAY", "opens", "08:30", "closes", "20:00"),
                        Map.of("day", "SATURDAY", "opens", "10:00", "closes", "16:00")),
                "languages",
                List.of("en-GB", "zh-CN"));
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    @Test
    void theManagerReplacesTheProfileAtTheVersionTheyReadAndEveryServiceHearsIt() throws Exception {
        String dealer = "dealer-profile-" + System.nanoTime();
        String manager = TestTokens.of("boss", dealer, Roles.MANAGER);
        // the defaults, version 0, to any of the dealer's staff
        as(TestTokens.of("desk", dealer, Roles.RECEPTIONIST))
                .get("/api/v1/dealer/profile")
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("region", equalTo("CN"))
                .body("timeZone", equalTo("Asia/Shanghai"))
                .body("currency", equalTo("CNY"))
                .body("languages[0]", equalTo("zh-CN"))
                .body("openingHours.size()", equalTo(7))
                .body("version", equalTo(0));

        // If-Match is required (428), and must name the version read (412); nothing changes meanwhile
        as(manager)
                .body(profile("GB", "Europe/London", "GBP"))
                .put("/api/v1/dealer/profile")
                .then()
                .statusCode(428);
        as(manager)
                .header("If-Match", "\"7\"")
                .body(profile("GB", "Europe/London", "GBP"))
                .put("/api/v1/dealer/profile")
                .then()
                .statusCode(412);
        as(manager).get("/api/v1/dealer/profile").then().body("region", equalTo("CN"));

        String etag = as(manager)
                .header("If-Match", "\"0\"")
                .body(profile("gb", "Europe/London", "GBP"))
                .put("/api/v1/dealer/profile")
                .then()
                .statusCode(200)
                .body("region", equalTo("GB"))
                .body("timeZone", equalTo("Europe/London"))
                .body("currency", equalTo("GBP"))
                .body("openingHours[1].day", equalTo("SATURDAY"))
                .body("languages", equalTo(List.of("en-GB", "zh-CN")))
                .extract()
                .header("ETag");
        as(manager).get("/api/v1/dealer/profile").then().header("ETag", etag).body("region", equalTo("GB"));
        // the version read before is stale now
        as(manager)
                .header("If-Match", "\"0\"")
                .body(profile("CN", "Asia/Shanghai", "CNY"))
                .put("/api/v1/dealer/profile")
                .then()
                .statusCode(412);

        var announced = TestEvents.await("dealer.profile-changed", r -> dealer.equals(r.key()));
        EventContract.assertValid(announced);
        JsonNode event = new ObjectMapper().readTree(announced.value());
        assertEquals("GB", event.get("region").asText());
        assertEquals("Europe/London", event.get("timeZone").asText());
        assertEquals("GBP", event.get("currency").asText());
        assertEquals(etag, "\"" + event.get("version").asLong() + "\"");
        assertEquals("boss", event.get("changedBy").asText());

        // and lead-service itself reads phones in the profile's region now: a UK mobile without +44
        consultants(manager, "someone");
        String id = create(
                        manager,
                        Map.of("name", "Ada", "phone", "07911 123456", "channel", "WALK_IN", "consultantId", "someone"))
                .statusCode(201)
                .extract()
                .path("id");
        as(manager).get("/api/v1/leads/" + id).then().body("phone", equalTo("+447911123456"));
    }

    @Test
    void aBadProfileIsRefusedNamingEachFieldAndRule() {
        String dealer = "dealer-bad-profile-" + System.nanoTime();
        String manager = TestTokens.of("boss", dealer, Roles.MANAGER);
        Map<String, Object> bad = Map.of(
                "region",
                "XX",
                "timeZone",
                "Mars/Olympus",
                "currency",
                "ABC",
                "openingHours",
                List.of(
                        Map.of("day", "MONDAY", "opens", "18:00", "closes", "09:00"),
                        Map.of("day", "MONDAY", "opens", "09:00", "closes", "18:00")),
                "languages",
                List.of("zh-CN", "not a tag"));
        as(manager)
                .header("If-Match", "\"0\"")
                .body(bad)
                .put("/api/v1/dealer/profile")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("region"))
                .body("errors.field", hasItem("timeZone"))
                .body("errors.field", hasItem("currency"))
                .body("errors.rule", hasItem("closesAfterOpens"))
                .body("errors.field", hasItem("openingHours[1]"))
                .body("errors.rule", hasItem("uniqueDay"))
                .body("errors.field", hasItem("languages[1]"));
        as(manager)
                .header("If-Match", "\"0\"")
                .body(Map.of("region", "CN"))
                .put("/api/v1/dealer/profile")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("currency"));
        as(manager)
                .get("/api/v1/dealer/profile")
                .then()
                .body("version", equalTo(0))
                .body("region", equalTo("CN"));
    }

    @Test
    void onlyTheManagerOrAdminChangesIt() {
        String dealer = "dealer-roles-profile-" + System.nanoTime();
        as(TestTokens.of("li", dealer, Roles.CONSULTANT))
                .get("/api/v1/dealer/profile")
                .then()
                .statusCode(200);
        as(TestTokens.of("li", dealer, Roles.CONSULTANT))
                .header("If-Match", "\"0\"")
                .body(profile("CN", "Asia/Shanghai", "CNY"))
                .put("/api/v1/dealer/profile")
                .then()
                .statusCode(403);
        as(TestTokens.of("root", dealer, Roles.ADMIN))
                .header("If-Match", "*")
                .body(profile("CN", "Asia/Shanghai", "CNY"))
                .put("/api/v1/dealer/profile")
                .then()
                .statusCode(200);
        as(HQ).get("/api/v1/dealer/profile").then().statusCode(403);
    }
}
