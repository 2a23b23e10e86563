package dev.showroom.lead;

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
        String staff = TestTokens.of("li.wei", Fixtures.DEALER, Roles.CONSULTANT, Roles.MANAGER);
        HostileInput.assertHeld(
                11L,
                new Caller(staff, 15),
                new Caller(TestTokens.as("gateway").roles(Roles.SERVICE).sign(), 5),
                new Caller(null, 2));
    }
}
