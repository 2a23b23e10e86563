package dev.showroom.testing;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The services' clock in tests: the real time, moved forward when a test needs days to pass (follow-up
 * cadence, SLA breach, link expiry, no-shows). It replaces the platform's clock in every service whose
 * tests depend on this module; a test that moves it resets it afterwards.
 */
@Alternative
@Priority(1)
@Singleton
public class MovableClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;

    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    public static void reset() {
        offset = Duration.ZERO;
    }

    /** The time the services see now. */
    public static Instant now() {
        return Instant.now().plus(offset);
    }

    @Override
    public Instant instant() {
        return now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
