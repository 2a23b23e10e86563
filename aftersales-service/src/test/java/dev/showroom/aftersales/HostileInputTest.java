package dev.showroom.aftersales;

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
        HostileInput.assertHeld(
                11L,
                new Caller(TestTokens.of("gao.boss", "dealer-hostile", Roles.MANAGER, Roles.CUSTOMER_CARE), 6),
                new Caller(TestTokens.as("gateway").roles(Roles.SERVICE).sign(), 2),
                new Caller(null, 1));
    }
}
