package dev.showroom.visit.testdrive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.events.Outbox;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.visit.customer.CustomerAccess;
import dev.showroom.visit.testdrive.TestDriveRequests.BookRequest;
import dev.showroom.visit.testdrive.TestDriveRequests.CompleteRequest;
import dev.showroom.visit.testdrive.TestDriveRequests.LicenceRequest;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Booking and driving. No double booking: the exclusion constraint {@code test_drive_no_double_booking}
 * refuses a second live booking of one car in an overlapping slot, however many requests race; the
 * check before the insert only gives the common case a friendlier path to the same 409.
 */
@ApplicationScoped
public class TestDrives {

    static final String NO_DOUBLE_BOOKING = "test_drive_no_double_booking";
    private static final Duration LONGEST_SLOT = Duration.ofHours(4);

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    Clock clock;

    /** A consultant books for their own customers (as the lead's copy says); others may name the consultant. */
    @Inject
    CustomerAccess access;

    @Inject
    MeterRegistry registry;

    public TestDrive book(BookRequest r) {
        Instant now = Instant.now(clock);
        if (!r.slotStart().isAfter(now)) {
            throw ProblemException.invalid("slotStart", "future", "slotStart must be in the future");
        }
        if (!r.slotEnd().isAfter(r.slotStart())) {
            throw ProblemException.invalid("slotEnd", "afterStart", "slotEnd must be after slotStart");
        }
        if (Duration.between(r.slotStart(), r.slotEnd()).compareTo(LONGEST_SLOT) > 0) {
            throw ProblemException.invalid("slotEnd", "maxDuration", "A test drive slot lasts at most 4 hours");
        }
        DemoCar car = DemoCar.findById(r.demoCarId());
        if (car == null) {
            throw ProblemException.invalid(
                    "demoCarId", "exists", "No demo car " + r.demoCarId() + " in this dealer's fleet");
        }
        if (car.status != DemoCarStatus.AVAILABLE) {
            throw ProblemException.unprocessable("demoCarId", "available", "The demo car is " + car.status);
        }
        TestDrive d = new TestDrive();
        d.id = UUID.randomUUID();
        d.leadId = r.leadId();
        d.consultantId = access.consultantOfRecord(r.leadId(), r.consultantId());
        d.demoCarId = car.id;
        d.model = car.model;
        d.slotStart = r.slotStart();
        d.slotEnd = r.slotEnd();
        d.status = TestDriveStatus.BOOKED;
        d.bookedBy = staff.id();
        d.bookedAt = now;
        if (r.licence() != null) {
            checkLicence(d, r.licence(), "licence");
        }
        long overlapping = TestDrive.count(
                "demoCarId = ?1 and status in ?2 and slotStart < ?3 and slotEnd > ?4",
                car.id,
                java.util.List.of(TestDriveStatus.BOOKED, TestDriveStatus.IN_PROGRESS),
                d.slotEnd,
                d.slotStart);
        if (overlapping > 0) {
            throw doubleBooked();
        }
        d.persist();
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isDoubleBooking(e)) {
                throw doubleBooked();
            }
            throw e;
        }
        outbox.publish(
                Topics.TESTDRIVE_BOOKED,
                d.leadId,
                d.id,
                new Events.TestDriveBooked(
                        d.id,
                        staff.dealerId(),
                        d.leadId,
                        d.consultantId,
                        d.demoCarId,
                        d.model,
                        d.slotStart,
                        d.slotEnd,
                        d.bookedAt));
        registry.counter("showroom.testdrives.booked").increment();
        return d;
    }

    /** Under the request's If-Match (the resource method is @IfMatch). */
    public TestDrive start(UUID id, LicenceRequest licence, int odometerStart) {
        TestDrive d = readable(id);
        Preconditions.check(d.version);
        if (d.status != TestDriveStatus.BOOKED) {
            throw ProblemException.conflict("The test drive is " + d.status + ", not BOOKED");
        }
        if (licence != null) {
            checkLicence(d, licence, "licence");
        } else if (d.licenceCheckedAt == null) {
            throw ProblemException.unprocessable(
                    "licence", "required", "The driving licence must be checked before the drive");
        }
        d.odometerStart = odometerStart;
        d.status = TestDriveStatus.IN_PROGRESS;
        d.startedAt = Instant.now(clock);
        return d;
    }

    /** Under the request's If-Match (the resource method is @IfMatch). */
    public TestDrive complete(UUID id, CompleteRequest r) {
        TestDrive d = readable(id);
        Preconditions.check(d.version);
        if (d.status == TestDriveStatus.BOOKED) {
            if (r.odometerStart() == null) {
                throw ProblemException.invalid(
                        "odometerStart", "required", "odometerStart is needed for a drive not yet started");
            }
            start(id, r.licence(), r.odometerStart());
        } else if (d.status != TestDriveStatus.IN_PROGRESS) {
            throw ProblemException.conflict("The test drive is " + d.status + ", not IN_PROGRESS");
        }
        if (r.odometerEnd() < d.odometerStart) {
            throw ProblemException.invalid(
                    "odometerEnd", "notBeforeStart", "odometerEnd must not be below odometerStart " + d.odometerStart);
        }
        d.odometerEnd = r.odometerEnd();
        Events.Feedback feedback = null;
        if (r.feedback() != null) {
            Map<String, Integer> ratings = r.feedback().ratings() == null
                    ? Map.of()
                    : new TreeMap<>(r.feedback().ratings());
            d.feedbackOverall = r.feedback().overall();
            d.feedbackRatings = ratings.isEmpty() ? null : json(ratings);
            d.feedbackComments =
                    r.feedback().comments() == null || r.feedback().comments().isBlank()
                            ? null
                            : r.feedback().comments().strip();
            // testdrive.completed v2: the ratings only; the comments (a free text) stay here
            feedback = new Events.Feedback(d.feedbackOverall, ratings);
        }
        d.status = TestDriveStatus.COMPLETED;
        d.completedAt = Instant.now(clock);
        DemoCar car = DemoCar.findById(d.demoCarId);
        if (car != null && (car.odometer == null || car.odometer < d.odometerEnd)) {
            car.odometer = d.odometerEnd;
        }
        outbox.publish(
                Topics.TESTDRIVE_COMPLETED,
                d.leadId,
                d.id,
                new Events.TestDriveCompleted(
                        d.id,
                        staff.dealerId(),
                        d.leadId,
                        d.consultantId,
                        d.model,
                        d.odometerStart,
                        d.odometerEnd,
                        feedback,
                        d.completedAt));
        registry.counter("showroom.testdrives.completed").increment();
        return d;
    }

    /** Under the request's If-Match (the resource method is @IfMatch). */
    public TestDrive cancel(UUID id, String reason) {
        TestDrive d = readable(id);
        Preconditions.check(d.version);
        if (d.status != TestDriveStatus.BOOKED) {
            throw ProblemException.conflict("The test drive is " + d.status + ", not BOOKED");
        }
        d.status = TestDriveStatus.CANCELLED;
        d.cancelReason = reason.strip();
        return d;
    }

    /** Under the request's If-Match (the resource method is @IfMatch). */
    public TestDrive noShow(UUID id) {
        TestDrive d = readable(id);
        Preconditions.check(d.version);
        if (d.status != TestDriveStatus.BOOKED) {
            throw ProblemException.conflict("The test drive is " + d.status + ", not BOOKED");
        }
        if (d.slotStart.isAfter(Instant.now(clock))) {
            throw ProblemException.conflict("A no-show can only be recorded once the slot has begun");
        }
        d.status = TestDriveStatus.NO_SHOW;
        return d;
    }

    public TestDrive readable(UUID id) {
        TestDrive d = TestDrive.findById(id);
        if (d == null) {
            throw ProblemException.notFound("Test drive");
        }
        if (staff.seesOnlyOwn() && !staff.id().equals(d.consultantId)) {
            throw ProblemException.notFound("Test drive");
        }
        return d;
    }

    public TestDriveView view(TestDrive d) {
        boolean onlyGreets = staff.onlyGreets();
        TestDriveView.Licence licence = d.licenceCheckedAt == null
                ? null
                : new TestDriveView.Licence(
                        true,
                        onlyGreets ? null : d.licenceLastFour,
                        d.licenceExpiry,
                        d.licenceCheckedAt,
                        d.licenceCheckedBy);
        TestDriveView.Feedback feedback =
                d.feedbackOverall == null && d.feedbackRatings == null && d.feedbackComments == null
                        ? null
                        : new TestDriveView.Feedback(
                                d.feedbackOverall, ratings(d.feedbackRatings), onlyGreets ? null : d.feedbackComments);
        return new TestDriveView(
                d.id,
                d.leadId,
                d.consultantId,
                d.demoCarId,
                d.model,
                d.slotStart,
                d.slotEnd,
                d.status,
                licence,
                d.odometerStart,
                d.odometerEnd,
                feedback,
                d.cancelReason,
                d.bookedBy,
                d.bookedAt,
                d.startedAt,
                d.completedAt,
                d.version);
    }

    /** The licence must be valid on the day of the drive (the dealer's calendar day of the slot). */
    private void checkLicence(TestDrive d, LicenceRequest licence, String field) {
        LocalDate driveDay = d.slotStart.atZone(profiles.zone(staff.dealerId())).toLocalDate();
        if (licence.expiry().isBefore(driveDay)) {
            throw ProblemException.unprocessable(
                    field + ".expiry",
                    "validOnDriveDay",
                    "The driving licence expired on " + licence.expiry() + ", before the drive on " + driveDay);
        }
        if (licence.number().strip().length() < TestDrive.LICENCE_SHORTEST) {
            throw ProblemException.invalid(
                    field + ".number",
                    "size",
                    "A licence number has at least " + TestDrive.LICENCE_SHORTEST + " characters");
        }
        d.licenceChecked(licence.number(), licence.expiry(), Instant.now(clock), staff.id());
    }

    private ProblemException doubleBooked() {
        registry.counter("showroom.testdrives.double-booking-refused").increment();
        return ProblemException.conflict("The demo car is already booked for an overlapping slot (" + NO_DOUBLE_BOOKING
                + "); choose another slot or car");
    }

    private static boolean isDoubleBooking(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve
                    && cve.getConstraintName() != null
                    && cve.getConstraintName().contains(NO_DOUBLE_BOOKING)) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains(NO_DOUBLE_BOOKING)) {
                return true;
            }
        }
        return false;
    }

    private String json(Map<String, Integer> ratings) {
        try {
            return mapper.writeValueAsString(ratings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Integer> ratings(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return mapper.readValue(json, new TypeReference<TreeMap<String, Integer>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
