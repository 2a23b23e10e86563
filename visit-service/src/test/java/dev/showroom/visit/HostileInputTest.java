package dev.showroom.visit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.HostileInput;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Generated hostile input on every operation of the service's OpenAPI: never a 5xx, every 4xx a problem. */
@QuarkusTest
class HostileInputTest {

    @Test
    void noHostileInputGetsA5xxAndEvery4xxIsAProblem() {
        // a dealer of its own, so that settings a plausible body may change touch no other test's data
        HostileInput.Result staff = HostileInput.sweep(TestTokens.of("hostile.manager", "dealer-hostile", Roles.MANAGER,
                Roles.CONSULTANT, Roles.RECEPTIONIST), 21L, 12);
        assertTrue(staff.failures().isEmpty(), staff.report());
        HostileInput.Result gateway = HostileInput.sweep(TestTokens.as("gateway").roles(Roles.SERVICE).sign(), 22L, 3);
        assertTrue(gateway.failures().isEmpty(), gateway.report());
        HostileInput.Result hq = HostileInput.sweep(TestTokens.as("hq.analyst").roles(Roles.HQ).sign(), 23L, 2);
        assertTrue(hq.failures().isEmpty(), hq.report());
        HostileInput.Result anonymous = HostileInput.sweep(null, 24L, 1);
        assertTrue(anonymous.failures().isEmpty(), anonymous.report());
        System.out.printf("hostile input: %d requests to %d operations%n", staff.requests() + gateway.requests()
                + hq.requests() + anonymous.requests(), staff.operations());
    }
}
