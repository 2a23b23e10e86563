package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 15 item 6: a lead's contacts and follow-ups are paged like every list (at most 100 a page). */
@QuarkusTest
class PagedListsTest {

    @Test
    void aLeadsContactsAndFollowUpsArePagedAndThePageSizeIsBounded() {
        String me = "li.pages";
        String phone = mobile();
        String id = createLead(consultant(me), "Page Person", phone, "WALK_IN");
        for (int i = 0; i < 2; i++) {
            create(consultant(me), Map.of("name", "Page Person", "phone", phone, "channel", "PHONE"))
                    .statusCode(200);
        }
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(consultant(me))
                    .contentType(ContentType.JSON)
                    .body(Map.of("kind", "CALL", "outcome", "call " + i))
                    .post("/api/v1/leads/" + id + "/follow-ups")
                    .then()
                    .statusCode(201);
        }
        for (String list : new String[] {"contacts", "follow-ups"}) {
            String path = "/api/v1/leads/" + id + "/" + list;
            given().auth()
                    .oauth2(consultant(me))
                    .queryParam("size", 2)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(2))
                    .body("page", equalTo(0))
                    .body("size", equalTo(2))
                    .body("total", equalTo(3));
            given().auth()
                    .oauth2(consultant(me))
                    .queryParam("size", 2)
                    .queryParam("page", 1)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("items", hasSize(1))
                    .body("total", equalTo(3));
            given().auth()
                    .oauth2(consultant(me))
                    .queryParam("size", 101)
                    .get(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", contains("size"));
        }
        // newest first, across pages
        given().auth()
                .oauth2(consultant(me))
                .queryParam("size", 1)
                .get("/api/v1/leads/" + id + "/follow-ups")
                .then()
                .body("items.outcome", contains("call 2"));
    }
}
