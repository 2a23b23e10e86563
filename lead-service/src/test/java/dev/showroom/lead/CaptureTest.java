package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.testing.EventContract;
import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CaptureTest {

    @Test
    void aCapturedLeadIsNormalisedAnnouncedAndOwnedByTheConsultantWhoRecordedIt() {
        String phone = mobile();
        String id = create(
                        consultant("li.wei"),
                        Map.of(
                                "name",
                                "Chen Jie",
                                "phone",
                                phone,
                                "channel",
                                "WALK_IN",
                                "modelOfInterest",
                                "Model S",
                                "email",
                                "chen@example.com",
                                "grade",
                                "A"))
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/leads/"))
                .body("phone", equalTo(e164(phone)))
                .body("consultantId", equalTo("li.wei"))
                .body("grade", equalTo("A"))
                .body("stage", equalTo("NEW"))
                .extract()
                .path("id");

        var created = TestEvents.await("lead.created", r -> id.equals(r.key()));
        EventContract.assertValid(created);
        assertEquals(id, TestEvents.header(created, "ce_subject"));
        EventContract.assertValid(TestEvents.await("lead.assigned", r -> id.equals(r.key())));
        EventContract.assertValid(TestEvents.await("lead.graded", r -> id.equals(r.key())));
    }

    @Test
    void theSamePersonInOtherPhoneFormatsMergesIntoOneLead() throws Exception {
        String local = mobile();
        String id = createLead(MANAGER, "Wang Fang", local, "PHONE");
        String spaced = local.substring(0, 3) + " " + local.substring(3, 7) + " " + local.substring(7);
        String[] formats = {
            "+86 " + spaced, "0086-" + local, "(+86) " + local.substring(0, 3) + "-" + local.substring(3), spaced
        };
        for (String format : formats) {
            create(
                            RECEPTION,
                            Map.of(
                                    "name",
                                    "Wang F.",
                                    "phone",
                                    format,
                                    "channel",
                                    "MARKETING_EVENT",
                                    "email",
                                    "wang@example.com"))
                    .statusCode(200)
                    .body("id", equalTo(id))
                    .body("name", equalTo("Wang Fang"));
        }
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement(
                        "select (select count(*) from lead where phone = ?), (select count(*) from lead_contact where lead_id = ?::uuid)")) {
            ps.setString(1, e164(local));
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1), "one person, one lead");
                assertEquals(1 + formats.length, rs.getInt(2), "every contact is recorded");
            }
        }
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .body("email", equalTo("wang@example.com"));
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + id + "/contacts")
                .then()
                .statusCode(200)
                .body("items.channel", hasItem("MARKETING_EVENT"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        Map<String, Object> body = new HashMap<>(Map.of("name", "X", "phone", "12345", "channel", "WALK_IN"));
        create(MANAGER, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("phone"));
        body.put("phone", mobile());
        body.put("channel", "CARRIER_PIGEON");
        create(MANAGER, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("channel"));
        body.put("channel", "WALK_IN");
        body.put("grade", "Z");
        create(MANAGER, body).statusCode(400).contentType("application/problem+json");
        body.put("grade", "O");
        create(MANAGER, body).statusCode(400).body("errors[0].field", equalTo("grade"));
        body.remove("grade");
        body.put("name", "x".repeat(101));
        create(MANAGER, body)
                .statusCode(400)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].rule", equalTo("size"));
        body.put("name", "ok");
        body.put("notes", "n".repeat(2001));
        create(MANAGER, body).statusCode(400).body("errors[0].field", equalTo("notes"));
    }

    @Test
    void searchFindsByNameOrPhoneFragmentAndAReceptionistSeesNamesOnly() {
        String local = mobile();
        String unique = "Zz" + local.substring(5);
        String id = createLead(MANAGER, "Liu " + unique, local, "ONLINE");
        given().auth()
                .oauth2(MANAGER)
                .queryParam("q", unique.toLowerCase())
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        given().auth()
                .oauth2(MANAGER)
                .queryParam("q", local.substring(3, 7) + " " + local.substring(7))
                .queryParam("channel", "ONLINE")
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(RECEPTION)
                .queryParam("q", local)
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items[0].name", equalTo("Liu " + unique))
                .body("items[0].phone", org.hamcrest.Matchers.containsString("****"))
                .body("items[0].email", nullValue());
        // a name holding digits is searched as a name, not as the phone those digits are not in (ConsoleIT's search)
        String numbered = "Console Qian " + (100_000 + (System.nanoTime() % 900_000));
        String other = createLead(MANAGER, numbered, mobile(), "WALK_IN");
        given().auth()
                .oauth2(MANAGER)
                .queryParam("q", numbered)
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(other));
        given().auth()
                .oauth2(RECEPTION)
                .queryParam("q", numbered)
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items[0].id", equalTo(other));
        // several leads by id in one call (a screen naming its appointments' leads); a bad id is a 400 naming ids
        given().auth()
                .oauth2(MANAGER)
                .queryParam("ids", id + ", " + other)
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(id, other));
        given().auth()
                .oauth2(MANAGER)
                .queryParam("ids", id + ",nope")
                .get("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("ids"));
        given().auth()
                .oauth2(MANAGER)
                .queryParam("size", 101)
                .get("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(MANAGER)
                .contentType(ContentType.JSON)
                .queryParam("grade", "Q")
                .get("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    /** The masked phone a receptionist sees must not be undone digit by digit with fragment searches. */
    @Test
    void aReceptionistLooksUpByTheWholePhoneOnly() {
        String local = mobile();
        String id = createLead(MANAGER, "Qin Shu", local, "ONLINE");
        // the whole number, in any format of the dealer's region: found, masked
        for (String whole :
                new String[] {local, "+86 " + local.substring(0, 3) + " " + local.substring(3), "0086" + local}) {
            given().auth()
                    .oauth2(RECEPTION)
                    .queryParam("q", whole)
                    .get("/api/v1/leads")
                    .then()
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].id", equalTo(id))
                    .body("items[0].phone", equalTo("+861******" + local.substring(7)));
        }
        // a fragment (the masked middle with one digit guessed, or the start) is refused, naming q
        for (String fragment :
                new String[] {local.substring(0, 8), local.substring(3, 9), "+861" + local.substring(1, 4)}) {
            given().auth()
                    .oauth2(RECEPTION)
                    .queryParam("q", fragment)
                    .get("/api/v1/leads")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("q"))
                    .body("errors[0].rule", equalTo("wholePhone"));
        }
        // by name a receptionist still finds the person; consultants and managers keep the fragment search
        given().auth()
                .oauth2(RECEPTION)
                .queryParam("q", "qin shu")
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        given().auth()
                .oauth2(MANAGER)
                .queryParam("q", local.substring(3, 9))
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }
}
