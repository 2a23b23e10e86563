package dev.showroom.lead;

import dev.showroom.testing.PoisonMessages;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A poison message on each topic lead-service consumes lands in lead-service.dlq; the next message is applied. */
@QuarkusTest
class DeadLetterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "visit.recorded",
                "presentation.recorded",
                "testdrive.completed",
                "quote.issued",
                "order.signed",
                "order.cancelled",
                "order.delivered",
                "visit.contact",
                "referral.contact"
            })
    void aPoisonMessageIsDeadLetteredAndTheNextIsApplied(String topic) {
        PoisonMessages.assertDeadLetteredThenApplied("lead-service", topic);
    }
}
