package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/api.md's conventions on leads: ETag and If-Match (412, 428 where required), 201 + Location, sort. */
@QuarkusTest
class ApiConventionsTest {

    @Test
    void aCreateAnswers201WithLocationAndETagAndAMergedCapture200WithTheLead() {
        String token = consultant("li.conventions");
        String phone = mobile();
        String id = create(token, Map.of("name", "Qian Yu", "phone", phone, "channel", "WALK_IN"))
                .statusCode(201)
                .header("Location", endsWith("/api/v1/leads/" + extractId(token, phone)))
                .header("ETag", "\"0\"")
                .extract()
                .path("id");
        create(token, Map.of("name", "Qian Yu", "phone", phone, "channel", "PHONE"))
                .statusCode(200)
                .header("Location", nullValue())
                .body("id", equalTo(id));
    }

    private static String extractId(String token, String phone) {
        return given().auth()
                .oauth2(token)
                .queryParam("q", phone)
                .get("/api/v1/leads")
                .then()
                .extract()
                .path("items[0].id");
    }

    @Test
    void gradingRequiresIfMatchAndRefusesAStaleOne() {
        String token = consultant("li.grading");
        String id = createLead(token, "Zhou Ming", mobile(), "PHONE");
        String read = etag(token, id);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("grade", "A"))
                .put("/api/v1/leads/" + id + "/grade")
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("https://showroom.dev/problems/precondition-required"));
        String after = given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("grade", "A"))
                .header("If-Match", read)
                .put("/api/v1/leads/" + id + "/grade")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertNotEquals(read, after, "the grade made a new version");
        assertEquals(etag(token, id), after, "the update's ETag is the one a read gives");
        // a second consultant's screen still shows the old version: its grade is refused, the first one stays
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("grade", "C"))
                .header("If-Match", read)
                .put("/api/v1/leads/" + id + "/grade")
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://showroom.dev/problems/precondition-failed"));
        given().auth().oauth2(token).get("/api/v1/leads/" + id).then().body("grade", equalTo("A"));
    }

    @Test
    void anOptionalIfMatchMayBeLeftOutButAStaleOneIsRefused() {
        String token = consultant("li.qualifying");
        String id = createLead(token, "Wu Fei", mobile(), "PHONE");
        String read = etag(token, id);
        Map<String, Object> all = Map.of("need", true, "means", true, "authority", false);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(all)
                .put("/api/v1/leads/" + id + "/qualification")
                .then()
                .statusCode(200)
                .header("ETag", equalTo(etag(token, id)));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(all)
                .header("If-Match", read)
                .put("/api/v1/leads/" + id + "/qualification")
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "PRICE"))
                .header("If-Match", read)
                .post("/api/v1/leads/" + id + "/defeat")
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "PRICE"))
                .header("If-Match", etag(token, id))
                .post("/api/v1/leads/" + id + "/defeat")
                .then()
                .statusCode(200);
    }

    @Test
    void leadsSortByTheListsKeysAndAnotherKeyIs400() {
        String token = consultant("li.sorting");
        for (String name : new String[] {"Bai", "Cao", "An"}) {
            createLead(token, name, mobile(), "PHONE");
        }
        given().auth()
                .oauth2(token)
                .queryParam("sort", "name")
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items.name", contains("An", "Bai", "Cao"));
        given().auth()
                .oauth2(token)
                .queryParam("sort", "-name")
                .get("/api/v1/leads")
                .then()
                .statusCode(200)
                .body("items.name", contains("Cao", "Bai", "An"));
        given().auth().oauth2(token).get("/api/v1/leads").then().body("items.name", contains("An", "Cao", "Bai"));
        given().auth()
                .oauth2(token)
                .queryParam("sort", "phone")
                .get("/api/v1/leads")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"));
    }
}
