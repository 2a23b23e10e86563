package dev.showroom.visit;

import dev.showroom.testing.PoisonMessages;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A poison message on each topic visit-service consumes lands in visit-service.dlq; the next message is applied. */
@QuarkusTest
class DeadLetterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "lead.contact",
                "lead.created",
                "lead.assigned",
                "lead.qualified",
                "customer.erasure-requested",
                "dealer.roster-changed",
                "dealer.profile-changed"
            })
    void aPoisonMessageIsDeadLetteredAndTheNextIsApplied(String topic) {
        PoisonMessages.assertDeadLetteredThenApplied("visit-service", topic);
    }
}
