package dev.showroom.aftersales;

import dev.showroom.testing.PoisonMessages;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A poison message on each topic aftersales-service consumes lands in aftersales-service.dlq; the next
 * message is applied.
 */
@QuarkusTest
class DeadLetterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "lead.contact",
                "order.signed",
                "order.cancelled",
                "order.delivered",
                "order.ready-for-delivery",
                "order.delayed",
                "visit.recorded",
                "testdrive.completed",
                "lead.defeated",
                "lead.defeat-reviewed",
                "customer.erasure-requested",
                "dealer.profile-changed"
            })
    void aPoisonMessageIsDeadLetteredAndTheNextIsApplied(String topic) {
        PoisonMessages.assertDeadLetteredThenApplied("aftersales-service", topic);
    }
}
