package dev.showroom.lead.prospect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.showroom.platform.tenancy.DealerContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A lead read by id with the dealer filter stepped around ({@link LeadAccess#byIdOfThisDealer}): the dealer's own lead
 * is found, another dealer's is not (and stays out of the session), and the filter is on again afterwards.
 */
@QuarkusTest
class LeadByIdTest {

    private static UUID lead(String dealer) {
        return DealerContext.call(
                dealer,
                () -> QuarkusTransaction.requiringNew().call(() -> {
                    Lead lead = new Lead();
                    lead.id = UUID.randomUUID();
                    lead.dealerId = dealer;
                    lead.name = "Fang Yu";
                    lead.phone = "+86139"
                            + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
                    lead.channel = Channel.WALK_IN;
                    lead.stage = Stage.NEW;
                    lead.createdAt = Instant.now();
                    lead.updatedAt = lead.createdAt;
                    lead.persist();
                    return lead.id;
                }));
    }

    @Test
    void onlyTheSessionsDealersLeadIsFoundAndTheFilterStaysOn() {
        String mine = "dealer-byid-a-" + System.nanoTime();
        String theirs = "dealer-byid-b-" + System.nanoTime();
        UUID own = lead(mine);
        UUID other = lead(theirs);
        DealerContext.run(
                mine,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    Lead found = LeadAccess.byIdOfThisDealer(own);
                    assertNotNull(found);
                    assertEquals(mine, found.dealerId);
                    assertNull(LeadAccess.byIdOfThisDealer(other), "another dealer's lead is not found");
                    assertNull(LeadAccess.byIdOfThisDealer(UUID.randomUUID()));
                    // the dealer filter is on again: queries of this session still see this dealer's rows only
                    assertEquals(0, Lead.count("id", other));
                    assertNull(Lead.findById(other));
                    assertEquals(1, Lead.count("id", own));
                }));
        DealerContext.run(
                theirs,
                () -> QuarkusTransaction.requiringNew().run(() -> {
                    assertNotNull(LeadAccess.byIdOfThisDealer(other));
                    assertNull(LeadAccess.byIdOfThisDealer(own));
                }));
    }
}
