package dev.showroom.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.showroom.testing.HostileInput;
import io.restassured.RestAssured;

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
        HostileInput.Target staff = new HostileInput.Target("/openapi.json", p -> !p.startsWith("/public/"),
                bj::valueFor);
        HostileInput.Target publicForms = new HostileInput.Target("/openapi.json", p -> p.startsWith("/public/"),
                (template, name) -> null);
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
        System.out.printf("gateway hostile input: %d requests to %d operations (manager, consultant, hq, anonymous), "
                + "%d bad answers%n", requests, results.get(0).operations() + results.get(4).operations(),
                failures.size());
        assertTrue(failures.isEmpty(), failures.size() + " bad answers out of " + requests + ":\n"
                + String.join("\n", failures));
    }
}
