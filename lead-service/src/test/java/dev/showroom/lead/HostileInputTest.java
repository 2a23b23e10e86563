package dev.showroom.lead;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.HostileInput;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class HostileInputTest {

    @Test
    void noHostileInputGetsA5xxAndEvery4xxIsAProblem() {
        String token = TestTokens.of("li.wei", Fixtures.DEALER, Roles.CONSULTANT, Roles.MANAGER);
        List<String> failures = new ArrayList<>(HostileInput.sweep(token, 11L, 15).failures());
        failures.addAll(HostileInput.sweep(TestTokens.as("gateway").roles(Roles.SERVICE).sign(), 12L, 5).failures());
        failures.addAll(HostileInput.sweep(null, 13L, 2).failures());
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
    }
}
