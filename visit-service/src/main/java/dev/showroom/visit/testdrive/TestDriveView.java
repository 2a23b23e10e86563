package dev.showroom.visit.testdrive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A test drive as staff see it. */
public record TestDriveView(UUID id, UUID leadId, String consultantId, UUID demoCarId, String model,
        Instant slotStart, Instant slotEnd, TestDriveStatus status, Licence licence, Integer odometerStart,
        Integer odometerEnd, Feedback feedback, String cancelReason, String bookedBy, Instant bookedAt,
        Instant startedAt, Instant completedAt, long version) {

    public record Licence(String number, LocalDate expiry, Instant checkedAt, String checkedBy) {
    }

    public record Feedback(Integer overall, Map<String, Integer> ratings, String comments) {
    }
}
