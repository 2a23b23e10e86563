package dev.showroom.visit;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.HostileInput;
import dev.showroom.testing.HostileInput.Caller;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Generated hostile input on every operation of the service's OpenAPI: never a 5xx, every 4xx a problem. */
@QuarkusTest
class HostileInputTest {

    @Test
    void noHostileInputGetsA5xxAndEvery4xxIsAProblem() {
        // a dealer of its own (checklists, rota and settings a plausible body may change touch no other test's)
        String staff =
                TestTokens.of("hostile.manager", "dealer-hostile", Roles.MANAGER, Roles.CONSULTANT, Roles.RECEPTIONIST);
        HostileInput.assertHeld(
                21L,
                new Caller(staff, 12),
                new Caller(TestTokens.as("gateway").roles(Roles.SERVICE).sign(), 3),
                new Caller(TestTokens.as("hq.analyst").roles(Roles.HQ).sign(), 2),
                new Caller(null, 1));
    }
}
