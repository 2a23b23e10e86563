package dev.showroom.aftersales;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.HostileInput;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HostileInputTest {

    @Test
    void noHostileInputGetsA5xxAndEvery4xxIsAProblem() {
        HostileInput.Result staff = HostileInput.sweep(TestTokens.of("gao.boss", "dealer-hostile", Roles.MANAGER,
                Roles.CUSTOMER_CARE), 11L, 6);
        assertTrue(staff.failures().isEmpty(), staff.report());
        HostileInput.Result gateway = HostileInput.sweep(TestTokens.as("gateway").roles(Roles.SERVICE).sign(), 12L, 2);
        assertTrue(gateway.failures().isEmpty(), gateway.report());
        HostileInput.Result anonymous = HostileInput.sweep(null, 13L, 1);
        assertTrue(anonymous.failures().isEmpty(), anonymous.report());
    }
}
