package dev.showroom.web.care;

import java.time.Duration;
import java.time.Instant;

/**
 * A complaint's acknowledgement clock, as the care screens show it: {@code running} (time left until
 * {@code acknowledgeBy}), {@code breached} (open past it: after-sales escalates it to the managers), {@code met}
 * or {@code late} (how long the acknowledgement took). {@code used} is the share of the allowed time spent, 0–100,
 * for the meter beside the words.
 */
public record SlaClock(String state, long minutes, int used, Instant due) {

    /** Under a quarter of the time left: said louder in the list. */
    static final int URGENT_PERCENT = 75;

    public static SlaClock of(CareApi.Complaint c, Instant now) {
        if (c.acknowledgeBy() == null || c.openedAt() == null) {
            return new SlaClock("none", 0, 0, null);
        }
        long allowed =
                Math.max(1, Duration.between(c.openedAt(), c.acknowledgeBy()).toMinutes());
        if (c.acknowledgedAt() != null) {
            long taken = Math.max(
                    0, Duration.between(c.openedAt(), c.acknowledgedAt()).toMinutes());
            return new SlaClock(
                    c.acknowledgedAt().isAfter(c.acknowledgeBy()) ? "late" : "met",
                    taken,
                    (int) Math.min(100, taken * 100 / allowed),
                    c.acknowledgeBy());
        }
        if ("OPEN".equals(c.status()) && !now.isBefore(c.acknowledgeBy())) {
            return new SlaClock(
                    "breached", Duration.between(c.acknowledgeBy(), now).toMinutes(), 100, c.acknowledgeBy());
        }
        if (!"OPEN".equals(c.status())) {
            return new SlaClock("none", 0, 0, c.acknowledgeBy());
        }
        long spent = Math.max(0, Duration.between(c.openedAt(), now).toMinutes());
        return new SlaClock(
                "running",
                Duration.between(now, c.acknowledgeBy()).toMinutes(),
                (int) Math.min(100, spent * 100 / allowed),
                c.acknowledgeBy());
    }

    public long hours() {
        return minutes / 60;
    }

    public long mins() {
        return minutes % 60;
    }

    public boolean urgent() {
        return "breached".equals(state) || "running".equals(state) && used >= URGENT_PERCENT;
    }

    public boolean shown() {
        return !"none".equals(state);
    }
}
