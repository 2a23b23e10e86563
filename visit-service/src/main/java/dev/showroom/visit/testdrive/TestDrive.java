package dev.showroom.visit.testdrive;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A demo car booked for a prospect and a slot; then driven (licence checked, odometer, feedback) or not. */
@Entity
@Table(name = "test_drive")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class TestDrive extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;
    public String consultantId;
    public UUID demoCarId;
    public String model;
    public Instant slotStart;
    public Instant slotEnd;

    @Enumerated(EnumType.STRING)
    public TestDriveStatus status;
    /**
     * The driving licence (in China the national ID number) is never kept whole: that it was checked, by whom
     * and when, its expiry, and its last four characters, enough to tell it from another card at the desk.
     */
    @Column(name = "licence_last4")
    public String licenceLastFour;

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

    /** Characters of a licence number kept: its last four, and only of a number long enough to keep them from. */
    public static final int LICENCE_KEPT = 4;

    public static final int LICENCE_SHORTEST = LICENCE_KEPT + 1;

    /** The licence was shown and is valid for the drive: what is kept of it. */
    public void licenceChecked(String number, LocalDate expiry, Instant at, String by) {
        String n = number.strip();
        if (n.length() < LICENCE_SHORTEST) {
            throw new IllegalArgumentException("a licence number of " + n.length() + " characters");
        }
        licenceLastFour = n.substring(n.length() - LICENCE_KEPT);
        licenceExpiry = expiry;
        licenceCheckedAt = at;
        licenceCheckedBy = by;
    }
}
