package dev.showroom.aftersales;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.events.EventDispatcher;
import dev.showroom.platform.events.EventInbox;
import dev.showroom.testing.Postgres;
import dev.showroom.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * lead.contact is the first this service hears of a prospect: a new customer's row is inserted with the contact (no
 * update after the insert: docs/benchmarks.md, round eight of the capture), and a later lead.contact changes it.
 */
@QuarkusTest
class ContactCopyTest {

    private static final String DEALER = "dealer-sh-01";

    @Inject
    EventInbox inbox;

    @Inject
    EventDispatcher dispatcher;

    private void contact(UUID lead, String name) {
        var record = TestEvents.record(
                "lead.contact",
                lead.toString(),
                "{\"leadId\":\"" + lead + "\",\"dealerId\":\"" + DEALER + "\",\"name\":\"" + name
                        + "\",\"phone\":\"+8613900000075\",\"email\":\"gao.min@example.com\",\"consent\":true,"
                        + "\"updatedAt\":\"2026-12-06T08:00:00Z\"}");
        assertEquals(1, inbox.applyAll(DEALER, List.of(dispatcher.prepare(record))));
    }

    private static String row(UUID lead) throws Exception {
        try (var c = Postgres.get().connect();
                var ps = c.prepareStatement("select name, phone, email, consent, status, version from customer "
                        + "where dealer_id = ? and lead_id = ?")) {
            ps.setString(1, DEALER);
            ps.setObject(2, lead);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the customer of " + lead);
                return rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getBoolean(4) + "|"
                        + rs.getString(5) + "|" + rs.getLong(6);
            }
        }
    }

    @Test
    void aNewCustomerIsInsertedWithTheContactAndALaterContactChangesIt() throws Exception {
        UUID lead = UUID.randomUUID();
        contact(lead, "Gao Min");
        assertEquals("Gao Min|+8613900000075|gao.min@example.com|true|PROSPECT|0", row(lead), "inserted, not updated");
        contact(lead, "Gao Minghui");
        assertEquals("Gao Minghui|+8613900000075|gao.min@example.com|true|PROSPECT|1", row(lead));
    }
}
