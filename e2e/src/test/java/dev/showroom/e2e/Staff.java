package dev.showroom.e2e;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests as a demo user of the realm, with that user's real Keycloak token. */
final class Staff {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Staff() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(TOKENS.computeIfAbsent(user, TestSuite::token)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** A create, with the Idempotency-Key a mobile client would send. */
    static RequestSpecification creating(String user) {
        return as(user).header("Idempotency-Key", UUID.randomUUID().toString());
    }
}
