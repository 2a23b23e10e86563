package dev.showroom.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How soon the relay runs again after a run that left rows behind (a failed send, the database away). */
class RelayRetryTest {

    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(10);

    @Test
    void theFirstRetryComesAfterTheFirstDelay() {
        assertEquals(FIRST, OutboxRelay.retryDelay(1, FIRST, MAX));
    }

    @Test
    void eachFurtherRunThatLeavesRowsBehindDoublesTheDelay() {
        assertEquals(Duration.ofSeconds(2), OutboxRelay.retryDelay(2, FIRST, MAX));
        assertEquals(Duration.ofSeconds(4), OutboxRelay.retryDelay(3, FIRST, MAX));
        assertEquals(Duration.ofSeconds(8), OutboxRelay.retryDelay(4, FIRST, MAX));
    }

    @Test
    void theDelayStopsGrowingAtTheMaximum() {
        assertEquals(MAX, OutboxRelay.retryDelay(5, FIRST, MAX));
        assertEquals(MAX, OutboxRelay.retryDelay(1_000, FIRST, MAX));
    }
}
