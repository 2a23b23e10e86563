package dev.showroom.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    @Test
    void opensAfterThresholdLetsOneTrialThroughAndClosesOnSuccess() {
        CircuitBreaker breaker = new CircuitBreaker(2, Duration.ofMillis(200));
        breaker.onFailure();
        assertTrue(breaker.tryAcquire(), "one failure is below the threshold");
        breaker.onFailure();
        assertFalse(breaker.tryAcquire(), "open after two consecutive failures");
        Awaitility.await().atMost(Duration.ofSeconds(2)).until(breaker::tryAcquire);
        assertFalse(breaker.tryAcquire(), "only one trial while half-open");
        breaker.onSuccess();
        assertTrue(breaker.tryAcquire());
        assertFalse(breaker.isOpen());
    }

    @Test
    void aFailedTrialReopensAndALostTrialDoesNotBlockForever() {
        CircuitBreaker breaker = new CircuitBreaker(1, Duration.ofMillis(200));
        breaker.onFailure();
        Awaitility.await().atMost(Duration.ofSeconds(2)).until(breaker::tryAcquire);
        breaker.onFailure();
        assertFalse(breaker.tryAcquire(), "reopened by the failed trial");
        Awaitility.await().atMost(Duration.ofSeconds(2)).until(breaker::tryAcquire);
        // this trial's outcome never comes back: after another period a new trial is allowed
        Awaitility.await().atMost(Duration.ofSeconds(2)).until(breaker::tryAcquire);
    }
}
