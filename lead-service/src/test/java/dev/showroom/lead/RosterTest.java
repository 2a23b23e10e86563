package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dealer's one roster: its members, the duty, and the leads that only ever go to its consultants. */
@QuarkusTest
class RosterTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aManagerKeepsTheMembersWithETagsAndAConsultantMayOnlyRead() throws Exception {
        String dealer = "dealer-roster-" + System.nanoTime();
        String manager = TestTokens.of("boss", dealer, Roles.MANAGER);
        String location = given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", "dee.ma", "displayName", "Dee Ma", "roles", List.of("CONSULTANT")))
                .post("/api/v1/dealer/roster/members")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/dealer/roster/members/dee.ma"))
                .header("ETag", "\"0\"")
                .body("active", equalTo(true))
                .extract()
                .header("Location");
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", "dee.ma", "displayName", "Again", "roles", List.of("CONSULTANT")))
                .post("/api/v1/dealer/roster/members")
                .then()
                .statusCode(409)
                .body("errors[0].field", equalTo("userId"));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", "has space", "displayName", "X", "roles", List.of("NOBODY")))
                .post("/api/v1/dealer/roster/members")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        consultants(manager, "abe.li");

        String consultant = TestTokens.of("dee.ma", dealer, Roles.CONSULTANT);
        given().auth()
                .oauth2(consultant)
                .get("/api/v1/dealer/roster/members?sort=-userId")
                .then()
                .statusCode(200)
                .body("userId", equalTo(List.of("dee.ma", "abe.li")));
        given().auth()
                .oauth2(consultant)
                .get("/api/v1/dealer/roster/members?sort=roles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().auth()
                .oauth2(consultant)
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Me", "roles", List.of("MANAGER"), "active", true))
                .put(location)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(consultant)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", "x.y", "displayName", "X", "roles", List.of("CONSULTANT")))
                .post("/api/v1/dealer/roster/members")
                .then()
                .statusCode(403);
        // another dealer's member does not exist here
        given().auth()
                .oauth2(TestTokens.of("boss", "dealer-other-" + System.nanoTime(), Roles.MANAGER))
                .get(location)
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("displayName", "Dee Ma-Lin", "roles", List.of("CONSULTANT", "MANAGER"), "active", true))
                .put(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("roles", equalTo(List.of("CONSULTANT", "MANAGER")));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("displayName", "Lost update", "roles", List.of("CONSULTANT"), "active", true))
                .put(location)
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(manager)
                .get(location)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("displayName", equalTo("Dee Ma-Lin"));

        // each change announced through the outbox: the whole roster, keyed by the dealer
        var changed = TestEvents.await(
                "dealer.roster-changed",
                r -> dealer.equals(r.key()) && r.value().contains("\"MANAGER\""));
        EventContract.assertValid(changed);
        JsonNode roster = JSON.readTree(changed.value());
        assertEquals(3, roster.get("revision").asLong());
        assertEquals(2, roster.get("members").size());
    }

    @Test
    void aLeadOnlyGoesToAnActiveConsultantOfTheDealersRoster() {
        String dealer = "dealer-roster-" + System.nanoTime();
        String manager = TestTokens.of("boss", dealer, Roles.MANAGER);
        String reception = TestTokens.of("desk", dealer, Roles.RECEPTIONIST);
        consultants(manager, "ann");
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("userId", "desk", "displayName", "Desk", "roles", List.of("RECEPTIONIST")))
                .post("/api/v1/dealer/roster/members")
                .then()
                .statusCode(201);

        create(reception, Map.of("name", "Nobody's", "phone", mobile(), "channel", "WALK_IN", "consultantId", "ghost"))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("consultantId"))
                .body("errors[0].rule", equalTo("rosterConsultant"));
        // a member who is no consultant takes no lead either
        create(reception, Map.of("name", "Desk's", "phone", mobile(), "channel", "WALK_IN", "consultantId", "desk"))
                .statusCode(400)
                .body("errors[0].field", equalTo("consultantId"));
        String id = create(
                        reception,
                        Map.of("name", "Ann's", "phone", mobile(), "channel", "WALK_IN", "consultantId", "ann"))
                .statusCode(201)
                .body("consultantId", equalTo("ann"))
                .extract()
                .path("id");

        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("consultantId", "ghost"))
                .put("/api/v1/leads/" + id + "/assignment")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("consultantId"))
                .body("errors[0].rule", equalTo("rosterConsultant"));
        // ann of another dealer is not this dealer's consultant
        String elsewhere = TestTokens.of("boss", "dealer-other-" + System.nanoTime(), Roles.MANAGER);
        consultants(elsewhere, "cai");
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("consultantId", "cai"))
                .put("/api/v1/leads/" + id + "/assignment")
                .then()
                .statusCode(400);

        // ann leaves: she takes no new lead, and her leads stay hers until reassigned
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Ann", "roles", List.of("CONSULTANT"), "active", false))
                .put("/api/v1/dealer/roster/members/ann")
                .then()
                .statusCode(200)
                .body("active", equalTo(false));
        create(reception, Map.of("name", "Late", "phone", mobile(), "channel", "WALK_IN", "consultantId", "ann"))
                .statusCode(400);
        given().auth().oauth2(manager).get("/api/v1/leads/" + id).then().body("consultantId", equalTo("ann"));
    }

    @Test
    void theRoundRobinFollowsTodaysDutyInItsOrder() {
        String dealer = "dealer-roster-" + System.nanoTime();
        String manager = TestTokens.of("boss", dealer, Roles.MANAGER);
        String reception = TestTokens.of("desk", dealer, Roles.RECEPTIONIST);
        consultants(manager, "ann", "bob", "cai");
        // nobody on duty: the lead waits unassigned
        create(reception, Map.of("name", "Early", "phone", mobile(), "channel", "PHONE"))
                .statusCode(201)
                .body("consultantId", equalTo(null));

        var today = given().auth()
                .oauth2(manager)
                .get("/api/v1/dealer/roster/duty")
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("consultants", equalTo(List.of()))
                .extract();
        String date = today.path("date");
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("consultants", List.of("cai", "ghost", "cai")))
                .put("/api/v1/dealer/roster/duty/" + date)
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("consultants[1]", "consultants[2]")))
                .body("errors.rule", equalTo(List.of("rosterConsultant", "unique")));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("consultants", List.of("ann")))
                .put("/api/v1/dealer/roster/duty/2000-01-01")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"))
                .body("errors[0].rule", equalTo("notPast"));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("consultants", List.of("cai", "ann", "bob")))
                .put("/api/v1/dealer/roster/duty/" + date)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("since", equalTo(date))
                .body("consultants.userId", equalTo(List.of("cai", "ann", "bob")))
                .body("consultants[0].displayName", equalTo("Consultant cai"));
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"5\"")
                .body(Map.of("consultants", List.of("bob")))
                .put("/api/v1/dealer/roster/duty/" + date)
                .then()
                .statusCode(412);
        // a later date without a list of its own has today's
        given().auth()
                .oauth2(reception)
                .queryParam("date", java.time.LocalDate.parse(date).plusDays(3).toString())
                .get("/api/v1/dealer/roster/duty")
                .then()
                .statusCode(200)
                .body("since", equalTo(date))
                .body("consultants.userId", equalTo(List.of("cai", "ann", "bob")));

        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            owners.add(create(reception, Map.of("name", "Turn " + i, "phone", mobile(), "channel", "WALK_IN"))
                    .statusCode(201)
                    .extract()
                    .path("consultantId"));
        }
        assertEquals(List.of("cai", "ann", "bob", "cai"), owners);

        // a new order for today starts again at its first; bob made inactive is passed over
        onDutyToday(manager, "bob", "ann");
        given().auth()
                .oauth2(manager)
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Bob", "roles", List.of("CONSULTANT"), "active", false))
                .put("/api/v1/dealer/roster/members/bob")
                .then()
                .statusCode(200);
        owners.clear();
        for (int i = 0; i < 2; i++) {
            owners.add(create(reception, Map.of("name", "Again " + i, "phone", mobile(), "channel", "WALK_IN"))
                    .statusCode(201)
                    .extract()
                    .path("consultantId"));
        }
        assertEquals(List.of("ann", "ann"), owners);

        var changed = TestEvents.await(
                "dealer.roster-changed",
                r -> dealer.equals(r.key()) && r.value().contains("[\"bob\",\"ann\"]"));
        EventContract.assertValid(changed);
    }

    @Test
    void theDemoRealmsStaffAreOnTheDemoDealersRosters() {
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/dealer/roster/members?role=CONSULTANT&active=true")
                .then()
                .statusCode(200)
                .body("userId", hasItem("li.wei"))
                .body("userId", hasItem("zhang.min"))
                .body("userId", not(hasItem("wang.fang")))
                .body("find { it.userId == 'li.wei' }.displayName", equalTo("Wei Li"));
        given().auth()
                .oauth2(TestTokens.of("manager.bj", OTHER_DEALER, Roles.MANAGER))
                .get("/api/v1/dealer/roster/members/wang.fang")
                .then()
                .statusCode(200)
                .body("roles", equalTo(List.of("CONSULTANT")));
        var announced = TestEvents.await("dealer.roster-changed", r -> DEALER.equals(r.key()));
        EventContract.assertValid(announced);
    }
}
