package dev.showroom.visit.testdrive;

import dev.showroom.platform.http.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * A test drive as staff see it. The licence is at most its last four characters, and a receptionist gets
 * only that it was checked; nor does a receptionist get the customer's comments.
 */
public record TestDriveView(
        UUID id,
        UUID leadId,
        String consultantId,
        UUID demoCarId,
        String model,
        Instant slotStart,
        Instant slotEnd,
        TestDriveStatus status,
        Licence licence,
        Integer odometerStart,
        Integer odometerEnd,
        Feedback feedback,
        String cancelReason,
        String bookedBy,
        Instant bookedAt,
        Instant startedAt,
        Instant completedAt,
        long version)
        implements Versioned {

    public record Licence(boolean checked, String lastFour, LocalDate expiry, Instant checkedAt, String checkedBy) {}

    public record Feedback(Integer overall, Map<String, Integer> ratings, String comments) {}
}
