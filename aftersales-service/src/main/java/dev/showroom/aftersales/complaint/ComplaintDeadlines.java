package dev.showroom.aftersales.complaint;

import dev.showroom.aftersales.complaint.Complaint.Severity;
import dev.showroom.aftersales.settings.AftersalesSettings;
import java.time.Duration;
import java.time.Instant;

/**
 * How fast a complaint of each severity is acknowledged and resolved (seed 003 §8: respond at once, tell the
 * customer when to expect an answer; docs/process.md, step 10). HIGH and CRITICAL are acknowledged within the
 * urgent hours and go to the managers at once; LOW and MEDIUM within the dealer's standard hours.
 */
public record ComplaintDeadlines(
        int acknowledgeHours,
        int urgentAcknowledgeHours,
        int resolveDaysLow,
        int resolveDaysMedium,
        int resolveDaysHigh,
        int resolveDaysCritical) {

    public static ComplaintDeadlines of(AftersalesSettings s) {
        return new ComplaintDeadlines(
                s.acknowledgeSlaHours,
                s.urgentAcknowledgeHours,
                s.resolveDaysLow,
                s.resolveDaysMedium,
                s.resolveDaysHigh,
                s.resolveDaysCritical);
    }

    /** HIGH and CRITICAL: the managers' from the start. */
    public static boolean urgent(Severity severity) {
        return severity == Severity.HIGH || severity == Severity.CRITICAL;
    }

    /** The order of the lists: CRITICAL first (0), LOW last (3). */
    public static int priority(Severity severity) {
        return Severity.values().length - 1 - severity.ordinal();
    }

    public Instant acknowledgeBy(Severity severity, Instant openedAt) {
        return openedAt.plus(Duration.ofHours(urgent(severity) ? urgentAcknowledgeHours : acknowledgeHours));
    }

    public Instant resolveBy(Severity severity, Instant openedAt) {
        int days = switch (severity) {
            case LOW -> resolveDaysLow;
            case MEDIUM -> resolveDaysMedium;
            case HIGH -> resolveDaysHigh;
            case CRITICAL -> resolveDaysCritical;
        };
        return openedAt.plus(Duration.ofDays(days));
    }
}
