package dev.showroom.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.testing.HostileInput;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile input on every operation of the gateway's merged OpenAPI (/openapi.json), through the
 * gateway to the real services, with real Keycloak tokens: wrong types, missing and extra fields, huge
 * strings and arrays, odd unicode, numbers out of range, bodies that are not JSON. A third of the requests
 * name resources that exist (dealer-bj-02's, made first), so hostile bodies meet the code behind the lookup.
 * No answer may be a 5xx; every 4xx must be problem+json. dealer-bj-02 only: the journey counts dealer-sh-01.
 */
class GatewayHostileInputIT {

    static DealerData bj;

    @BeforeAll
    static void startSuite() {
        TestSuite.start();
        RestAssured.baseURI = TestSuite.gateway();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        bj = DealerData.create(DealerData.BJ, UUID.randomUUID().toString().substring(0, 6));
    }

    @Test
    void noHostileInputThroughTheGatewayGetsA5xxAndEvery4xxIsAProblem() {
        // the public endpoints are rate limited per address (20 a minute): one round, so the journey keeps its share
        HostileInput.Target staff =
                new HostileInput.Target("/openapi.json", p -> !p.startsWith("/public/"), bj::valueFor);
        HostileInput.Target publicForms =
                new HostileInput.Target("/openapi.json", p -> p.startsWith("/public/"), (template, name) -> null);
        // the merged document the sweep reads names every operation of every service (one whose document the
        // gateway could not fetch would be left out silently)
        JsonNode merged = document(TestSuite.gateway() + "/openapi.json");
        for (String service : List.of("lead-service", "visit-service", "order-service", "aftersales-service")) {
            JsonNode own = document(TestSuite.suite().app(service).url() + "/q/openapi?format=json");
            List<String> missing = new ArrayList<>();
            own.path("paths").fieldNames().forEachRemaining(p -> {
                if (!merged.path("paths").has(p)) {
                    missing.add(p);
                }
            });
            assertTrue(HostileInput.operations(own, p -> true) > 0, service + " declares operations");
            assertEquals(List.of(), missing, service + "'s paths missing from the gateway's /openapi.json");
        }
        int staffOperations = HostileInput.operations(merged, staff.paths());
        int publicOperations = HostileInput.operations(merged, publicForms.paths());
        int expected = staffOperations * (8 + 3 + 2 + 1) + publicOperations;
        List<HostileInput.Result> results = new ArrayList<>();
        results.add(HostileInput.sweep(staff, Staff.token("manager.bj"), 31L, 8));
        results.add(HostileInput.sweep(staff, Staff.token("wang.fang"), 32L, 3));
        results.add(HostileInput.sweep(staff, Staff.token("hq.analyst"), 33L, 2));
        results.add(HostileInput.sweep(staff, null, 34L, 1));
        results.add(HostileInput.sweep(publicForms, null, 35L, 1));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (HostileInput.Result r : results) {
            failures.addAll(r.failures());
            requests += r.requests();
        }
        System.out.printf(
                "gateway hostile input: %d requests to %d operations (manager, consultant, hq, anonymous), "
                        + "%d bad answers%n",
                requests, results.get(0).operations() + results.get(4).operations(), failures.size());
        assertTrue(publicOperations > 0, "the public forms are swept");
        assertEquals(
                expected,
                requests,
                "one answered request per operation and round: " + staffOperations + " staff operations × 14 rounds + "
                        + publicOperations + " public operations × 1");
        assertTrue(
                failures.isEmpty(),
                failures.size() + " bad answers out of " + requests + ":\n" + String.join("\n", failures));
    }

    static JsonNode document(String url) {
        try {
            return new ObjectMapper()
                    .readTree(given().accept("application/json")
                            .get(url)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asString());
        } catch (java.io.IOException e) {
            throw new AssertionError("cannot read " + url, e);
        }
    }
}
