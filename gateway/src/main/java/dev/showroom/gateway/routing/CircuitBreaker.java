package dev.showroom.gateway.routing;

import java.time.Duration;

/**
 * One upstream's circuit: closed while calls succeed; open after {@code threshold} consecutive
 * failures, when calls are refused at once (503) instead of waiting on a dead service; after
 * {@code openFor} one trial call is let through (half-open) and its outcome closes or reopens it.
 */
public final class CircuitBreaker {

    private final int threshold;
    private final long openForNanos;
    private int consecutiveFailures;
    private long openedAt;
    private boolean open;
    private boolean trialInFlight;
    private long trialStartedAt;

    public CircuitBreaker(int threshold, Duration openFor) {
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
    }

    /** May a call go out now? In half-open state only one caller gets true. */
    public synchronized boolean tryAcquire() {
        if (!open) {
            return true;
        }
        long now = System.nanoTime();
        // a trial whose outcome never came back (caller gone) does not keep the circuit open forever
        boolean trialLost = trialInFlight && now - trialStartedAt >= openForNanos;
        if ((!trialInFlight || trialLost) && now - openedAt >= openForNanos) {
            trialInFlight = true;
            trialStartedAt = now;
            return true;
        }
        return false;
    }

    public synchronized void onSuccess() {
        consecutiveFailures = 0;
        open = false;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        if (trialInFlight || consecutiveFailures >= threshold) {
            open = true;
            openedAt = System.nanoTime();
        }
        trialInFlight = false;
    }

    public synchronized boolean isOpen() {
        return open;
    }

    /** Seconds a client should wait before trying again (for Retry-After). */
    public synchronized long retryAfterSeconds() {
        long left = openForNanos - (System.nanoTime() - openedAt);
        return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
    }
}
