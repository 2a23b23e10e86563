package dev.showroom.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    static final ClientAddress NONE_TRUSTED = new ClientAddress(List.of());
    static final ClientAddress BEHIND_INGRESS = new ClientAddress(List.of("10.0.0.0/8", "192.168.1.5"));

    @Test
    void withNoTrustedProxyTheSocketsPeerIsTheClient() {
        assertEquals("10.1.2.3", NONE_TRUSTED.of("10.1.2.3", List.of("203.0.113.9")));
    }

    @Test
    void anUntrustedPeersForwardedForIsIgnored() {
        assertEquals("198.51.100.7", BEHIND_INGRESS.of("198.51.100.7", List.of("203.0.113.9")));
    }

    @Test
    void fromATrustedPeerTheRightMostUntrustedHopIsTheClient() {
        assertEquals("203.0.113.9", BEHIND_INGRESS.of("10.1.2.3", List.of("1.1.1.1, 203.0.113.9")));
        assertEquals(
                "203.0.113.9", BEHIND_INGRESS.of("10.1.2.3", List.of("6.6.6.6, 203.0.113.9, 10.9.9.9, 192.168.1.5")));
        assertEquals("203.0.113.9", BEHIND_INGRESS.of("10.1.2.3", List.of("6.6.6.6", "203.0.113.9:5100")));
        // every hop trusted: the left-most is the nearest thing to a client there is
        assertEquals("10.9.9.9", BEHIND_INGRESS.of("10.1.2.3", List.of("10.9.9.9, 10.8.8.8")));
        // no header: the proxy itself
        assertEquals("10.1.2.3", BEHIND_INGRESS.of("10.1.2.3", List.of()));
        // garbage written by the client, left of the real hop, changes nothing
        assertEquals("203.0.113.9", BEHIND_INGRESS.of("10.1.2.3", List.of("unknown, <script>, 203.0.113.9")));
    }

    @Test
    void ipv6ClientsAreKeyedByTheirSlash64() {
        String a = BEHIND_INGRESS.of("10.1.2.3", List.of("[2001:db8:1:2:aaaa::1]:443"));
        String b = BEHIND_INGRESS.of("10.1.2.3", List.of("2001:db8:1:2:bbbb::9"));
        assertEquals(a, b);
        assertEquals("2001:db8:1:2::/64", a);
        assertFalse(a.equals(BEHIND_INGRESS.of("10.1.2.3", List.of("2001:db8:1:3::1"))));
    }

    @Test
    void aBrokenCidrStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddress(List.of("10.0.0.0/99")));
        assertTrue(new ClientAddress(List.of("::1")).isTrusted(ClientAddress.parse("::1")));
    }
}
