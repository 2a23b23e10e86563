package dev.showroom.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** The service's clock in tests: the real time, moved forward when a test needs days to pass. */
@Alternative
@Priority(1)
@ApplicationScoped
public class TestClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;

    static void advance(Duration by) {
        offset = offset.plus(by);
    }

    static void reset() {
        offset = Duration.ZERO;
    }

    static Instant now() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return now();
    }
}
