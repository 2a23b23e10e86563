package dev.showroom.order;

import static dev.showroom.order.Fixtures.GATEWAY;
import static dev.showroom.order.Fixtures.MANAGER;
import static dev.showroom.order.Fixtures.OTHER_DEALER;
import static dev.showroom.order.Fixtures.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The website's forms suggest a dealer's models: the gateway asks with its service token and the dealer's id, and
 * gets that dealer's models only, by code and name; staff and the public cannot call it directly.
 */
@QuarkusTest
class PublicModelsTest {

    @Test
    void aDealersModelsByCodeAndNameForItsWebsite() {
        String code = Fixtures.model();
        as(GATEWAY)
                .get("/api/v1/public/models?dealerId=" + Fixtures.DEALER)
                .then()
                .statusCode(200)
                .body("code", hasItem(code))
                .body("name", hasItem("Aurora " + code))
                .body("[0].keySet()", org.hamcrest.Matchers.containsInAnyOrder("code", "name"));
        as(GATEWAY)
                .get("/api/v1/public/models?dealerId=" + OTHER_DEALER)
                .then()
                .statusCode(200)
                .body("code", not(hasItem(code)));
    }

    @Test
    void onlyTheGatewayAsksAndTheDealerIsNamedProperly() {
        as(MANAGER)
                .get("/api/v1/public/models?dealerId=" + Fixtures.DEALER)
                .then()
                .statusCode(403);
        io.restassured.RestAssured.given()
                .get("/api/v1/public/models?dealerId=" + Fixtures.DEALER)
                .then()
                .statusCode(401);
        as(GATEWAY)
                .get("/api/v1/public/models?dealerId=DEALER;drop")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        as(GATEWAY).get("/api/v1/public/models").then().statusCode(400);
    }
}
