package dev.showroom.aftersales;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** docs/api.md's conventions on aftersales-service: 201 + Location + ETag, If-Match (412), sort on every list. */
@QuarkusTest
class ApiConventionsTest {

    @Test
    void aComplaintIsOpenedWithLocationAndAStaleStepIsRefused() {
        String dealer = "dealer-conv-" + UUID.randomUUID().toString().substring(0, 8);
        String care = TestTokens.of("zhou.care", dealer, Roles.CUSTOMER_CARE);
        var opened = given().auth()
                .oauth2(care)
                .contentType(ContentType.JSON)
                .body("{\"leadId\":\"" + UUID.randomUUID() + "\",\"channel\":\"PHONE\",\"category\":\"DELIVERY\","
                        + "\"severity\":\"LOW\",\"description\":\"Scratch on the door\",\"customerName\":\"Liu Yang\","
                        + "\"customerPhone\":\"" + Fixtures.phone() + "\"}")
                .post("/api/v1/complaints")
                .then()
                .statusCode(201)
                .extract();
        String id = opened.path("id");
        assertEquals(true, opened.header("Location").endsWith("/api/v1/complaints/" + id));
        String read = given().auth()
                .oauth2(care)
                .get("/api/v1/complaints/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(0))
                .extract()
                .header("ETag");
        assertEquals(opened.header("ETag"), read);
        String acknowledged = given().auth()
                .oauth2(care)
                .header("If-Match", read)
                .post("/api/v1/complaints/" + id + "/acknowledge")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertNotEquals(read, acknowledged);
        given().auth().oauth2(care).get("/api/v1/complaints/" + id).then().header("ETag", equalTo(acknowledged));
        // a note written on the screen that still shows the complaint unacknowledged is refused: read it again
        given().auth()
                .oauth2(care)
                .contentType(ContentType.JSON)
                .header("If-Match", read)
                .body("{\"text\":\"called the customer\"}")
                .post("/api/v1/complaints/" + id + "/notes")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(care)
                .contentType(ContentType.JSON)
                .body("{\"text\":\"called the customer\"}")
                .post("/api/v1/complaints/" + id + "/notes")
                .then()
                .statusCode(200);
    }

    @Test
    void everyListSortsByItsKeysAndRefusesAnother() {
        String dealer = "dealer-sort-" + UUID.randomUUID().toString().substring(0, 8);
        String manager = TestTokens.of("gao.boss", dealer, Roles.MANAGER);
        List<String> codes = given().auth()
                .oauth2(manager)
                .queryParam("sort", "-code")
                .get("/api/v1/survey-templates")
                .then()
                .statusCode(200)
                .extract()
                .path("items.code");
        assertEquals(codes.stream().sorted(java.util.Comparator.reverseOrder()).toList(), codes);
        for (String list : List.of(
                "/api/v1/survey-templates?sort=title",
                "/api/v1/surveys?sort=-completedAt",
                "/api/v1/follow-ups?sort=-dueAt,attempts",
                "/api/v1/complaints?sort=-acknowledgeBy")) {
            given().auth().oauth2(manager).get(list).then().statusCode(200);
            given().auth()
                    .oauth2(manager)
                    .get(list.replaceFirst("sort=.*", "sort=phone"))
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("sort"));
        }
    }
}
