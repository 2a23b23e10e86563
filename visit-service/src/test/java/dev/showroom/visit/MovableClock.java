package dev.showroom.visit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;

/** The service's clock in tests: the real time, moved forward by a test that needs "later" (then reset). */
public class MovableClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;

    static void advance(Duration by) {
        offset = offset.plus(by);
    }

    static void reset() {
        offset = Duration.ZERO;
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
        return Instant.now().plus(offset);
    }

    @ApplicationScoped
    public static class Producer {
        @Produces
        @Alternative
        @Priority(1)
        @ApplicationScoped
        Clock clock() {
            return new MovableClock();
        }
    }
}
