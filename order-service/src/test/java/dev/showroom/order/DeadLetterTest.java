package dev.showroom.order;

import dev.showroom.testing.PoisonMessages;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A poison message on each topic order-service consumes lands in order-service.dlq; the next message is applied. */
@QuarkusTest
class DeadLetterTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "lead.contact",
                "lead.created",
                "lead.assigned",
                "customer.erasure-requested",
                "dealer.profile-changed"
            })
    void aPoisonMessageIsDeadLetteredAndTheNextIsApplied(String topic) {
        PoisonMessages.assertDeadLetteredThenApplied("order-service", topic);
    }
}
