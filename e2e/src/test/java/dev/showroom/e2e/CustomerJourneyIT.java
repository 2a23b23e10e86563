package dev.showroom.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.Base64;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.RestAssured;

/**
 * One customer of dealer-sh-01 through the ten steps, through the gateway only, with real Keycloak
 * tokens of the demo users; a consultant of dealer-bj-02 must see none of it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CustomerJourneyIT {

    @BeforeAll
    static void startSuite() {
        TestSuite.start();
        RestAssured.baseURI = TestSuite.gateway();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @AfterAll
    static void stopSuite() {
        TestSuite.stop();
    }

    @Test
    @Order(0)
    void keycloakIssuesTokensThatTheGatewayAccepts() {
        String token = TestSuite.token("li.wei");
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        org.junit.jupiter.api.Assertions.assertTrue(claims.contains("\"dealer\":\"dealer-sh-01\""), claims);

        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/api/v1/leads").then().statusCode(401).contentType(startsWith("application/problem+json"));
        Staff.as("manager.sh").get("/api/v1/leads").then().statusCode(200);
    }
}
