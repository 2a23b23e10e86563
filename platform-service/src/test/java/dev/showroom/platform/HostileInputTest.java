package dev.showroom.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.testing.HostileInput;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

@QuarkusTest
@Order(4)
class HostileInputTest {

    @Test
    void noHostileInputGetsA5xxAndEvery4xxIsAProblem() {
        String token = TestTokens.of("li.wei", "dealer-1", "consultant", "manager");
        HostileInput.Result asStaff = HostileInput.sweep(token, 7L, 30);
        assertEquals(
                7,
                asStaff.operations(),
                "POST and GET notes, GET, rewrite, pin one note, its contended and careless writes");
        assertTrue(asStaff.failures().isEmpty(), asStaff.report());
        HostileInput.Result anonymous = HostileInput.sweep(null, 8L, 3);
        assertTrue(anonymous.failures().isEmpty(), anonymous.report());
    }
}
