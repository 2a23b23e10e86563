package dev.showroom.visit.testdrive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A demo car booked for a prospect and a slot; then driven (licence checked, odometer, feedback) or not. */
@Entity
@Table(name = "test_drive")
public class TestDrive extends PanacheEntityBase {

    @Id
    public UUID id;
    @TenantId
    public String dealerId;
    public UUID leadId;
    public String consultantId;
    public UUID demoCarId;
    public String model;
    public Instant slotStart;
    public Instant slotEnd;
    @Enumerated(EnumType.STRING)
    public TestDriveStatus status;
    public String licenceNumber;
    public LocalDate licenceExpiry;
    public Instant licenceCheckedAt;
    public String licenceCheckedBy;
    public Integer odometerStart;
    public Integer odometerEnd;
    public Integer feedbackOverall;
    /** JSON object: aspect → rating 1..5. */
    public String feedbackRatings;
    public String feedbackComments;
    public String cancelReason;
    public String bookedBy;
    public Instant bookedAt;
    public Instant startedAt;
    public Instant completedAt;
    @Version
    public long version;
}
