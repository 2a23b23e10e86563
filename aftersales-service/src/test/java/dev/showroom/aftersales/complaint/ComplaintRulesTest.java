package dev.showroom.aftersales.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.aftersales.complaint.Complaint.Announcement;
import dev.showroom.aftersales.complaint.Complaint.Category;
import dev.showroom.aftersales.complaint.Complaint.Channel;
import dev.showroom.aftersales.complaint.Complaint.Remedy;
import dev.showroom.aftersales.complaint.Complaint.RootCause;
import dev.showroom.aftersales.complaint.Complaint.Severity;
import dev.showroom.aftersales.complaint.Complaint.Status;
import dev.showroom.platform.http.ProblemException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A complaint's handling and its SLA clock as plain rules: no Quarkus, no database. */
class ComplaintRulesTest {

    static final Instant OPENED = Instant.parse("2026-03-02T01:30:00Z");

    @Test
    void aNewComplaintIsOpenWithItsAcknowledgementDeadlineAndAnnouncesItself() {
        Complaint c = Complaint.open(
                Channel.PHONE, Category.DELIVERY, Severity.MEDIUM, "late car", "care.sh", OPENED, deadlines(24));
        assertEquals(Status.OPEN, c.status);
        assertEquals("care.sh", c.openedBy);
        assertEquals(OPENED, c.openedAt);
        assertEquals(Instant.parse("2026-03-03T01:30:00Z"), c.acknowledgeBy);
        assertEquals(List.of(Announcement.OPENED), c.takeAnnouncements());
        assertTrue(c.announcements().isEmpty(), "announcements are handed over once");
        assertEquals(Instant.parse("2026-03-09T01:30:00Z"), c.resolveBy, "MEDIUM: resolved within 7 days");
        assertNull(c.escalatedAt, "a MEDIUM complaint stays with customer care");
        assertNull(c.escalationOnOpening());
    }

    @Test
    void theSlaIsBreachedOnlyByAnOpenUnescalatedComplaintPastItsDeadline() {
        Complaint c = open(4);
        Instant deadline = OPENED.plusSeconds(4 * 3600);
        assertFalse(c.acknowledgementOverdue(deadline.minusSeconds(1)));
        assertFalse(c.acknowledgementOverdue(deadline), "due at the deadline, overdue after it");
        assertTrue(c.acknowledgementOverdue(deadline.plusSeconds(1)));
        assertEquals(
                "Not acknowledged by 2026-03-02T05:30:00Z: escalated to the manager",
                c.slaEscalationNote(deadline.plusSeconds(1)).text);
        assertEquals("system", c.slaEscalationNote(deadline).writtenBy);

        Complaint escalated = open(4);
        escalated.escalate("care.sh", "angry customer", OPENED.plusSeconds(60));
        assertFalse(escalated.acknowledgementOverdue(deadline.plusSeconds(1)));

        Complaint acknowledged = open(4);
        acknowledged.acknowledge("care.sh", OPENED.plusSeconds(60), null, null);
        assertFalse(acknowledged.acknowledgementOverdue(deadline.plusSeconds(1)));
    }

    @Test
    void theAgeCountsWholeHoursUntilItClosesAndIsNeverNegative() {
        Complaint c = open(24);
        assertEquals(0, c.ageHours(OPENED.minusSeconds(3600)));
        assertEquals(2, c.ageHours(OPENED.plusSeconds(2 * 3600 + 3599)));
        c.acknowledge("care.sh", OPENED.plusSeconds(60), null, null);
        c.resolve(Remedy.APOLOGY, RootCause.PROCESS_GAP, "apologised", "care.sh", OPENED.plusSeconds(3600));
        c.confirm(true, null, "care.sh", OPENED.plusSeconds(5 * 3600));
        assertEquals(5, c.ageHours(OPENED.plusSeconds(100 * 3600)), "the clock stops when it closes");
    }

    @Test
    void acknowledgingAnUnassignedComplaintTakesItAndOnlyAnOpenOneIsAcknowledged() {
        Complaint c = open(24);
        c.acknowledge("care.sh", OPENED.plusSeconds(60), null, null);
        assertEquals(Status.ACKNOWLEDGED, c.status);
        assertEquals(OPENED.plusSeconds(60), c.acknowledgedAt);
        assertEquals("care.sh", c.acknowledgedBy);
        assertEquals("care.sh", c.assigneeId);
        ProblemException e = conflict(() -> c.acknowledge("care.sh", OPENED, null, null));
        assertEquals("The complaint is ACKNOWLEDGED, not OPEN", e.getMessage());

        Complaint assigned = open(24);
        assigned.assign("li.wei");
        assigned.acknowledge("care.sh", OPENED.plusSeconds(60), null, null);
        assertEquals("li.wei", assigned.assigneeId, "an assignee keeps the complaint");
    }

    @Test
    void resolvingNeedsAnAcknowledgedComplaintAndAnnouncesTheRemedy() {
        Complaint c = open(24);
        c.takeAnnouncements();
        conflict(() -> c.resolve(Remedy.REPAIR, RootCause.PROCESS_GAP, "fixed", "care.sh", OPENED));
        c.acknowledge("care.sh", OPENED, null, null);
        c.resolve(Remedy.REPAIR, RootCause.PROCESS_GAP, "fixed the scratch", "care.sh", OPENED.plusSeconds(60));
        assertEquals(Status.RESOLVED, c.status);
        assertEquals(Remedy.REPAIR, c.remedy);
        assertEquals(RootCause.PROCESS_GAP, c.rootCause);
        assertEquals("fixed the scratch", c.resolution);
        assertEquals(OPENED.plusSeconds(60), c.resolvedAt);
        assertEquals("care.sh", c.resolvedBy);
        assertEquals(List.of(Announcement.RESOLVED), c.announcements());
    }

    @Test
    void theCustomerConfirmingClosesItAndNotConfirmingReopensTheInvestigationWithTheReason() {
        Complaint c = resolved();
        assertNull(c.confirm(true, " ", "care.sh", OPENED.plusSeconds(3600)), "no blank note is kept");
        assertEquals(Status.CLOSED, c.status);
        assertEquals(OPENED.plusSeconds(3600), c.closedAt);
        assertEquals(OPENED.plusSeconds(3600), c.customerConfirmedAt);

        Complaint withNote = resolved();
        ComplaintNote thanks = withNote.confirm(true, "happy now", "care.sh", OPENED);
        assertEquals(ComplaintNote.Kind.NOTE, thanks.kind);
        assertEquals("happy now", thanks.text);

        Complaint refused = resolved();
        ComplaintNote reopened = refused.confirm(false, null, "care.sh", OPENED.plusSeconds(3600));
        assertEquals(Status.ACKNOWLEDGED, refused.status);
        assertNull(refused.closedAt);
        assertEquals(ComplaintNote.Kind.REOPENED, reopened.kind);
        assertEquals("The customer did not accept the resolution", reopened.text);
        assertEquals(refused.id, reopened.complaintId);
        assertEquals("still scratched", resolved().confirm(false, "still scratched", "c", OPENED).text);

        conflict(() -> open(24).confirm(true, null, "care.sh", OPENED));
    }

    @Test
    void aClosedComplaintTakesNoNoteAssignmentOrEscalation() {
        Complaint c = resolved();
        c.confirm(true, null, "care.sh", OPENED);
        ProblemException e = conflict(() -> c.note("care.sh", "more", OPENED));
        assertEquals("The complaint is closed", e.getMessage());
        conflict(() -> c.assign("li.wei"));
        conflict(() -> c.escalate("care.sh", "why", OPENED));

        ComplaintNote note = open(24).note("care.sh", "called the customer", OPENED);
        assertEquals(ComplaintNote.Kind.NOTE, note.kind);
        assertEquals("called the customer", note.text);
        assertEquals("care.sh", note.writtenBy);
    }

    @Test
    void aComplaintIsEscalatedOnceWithTheReason() {
        Complaint c = open(24);
        ComplaintNote why = c.escalate("care.sh", "the customer calls the press", OPENED.plusSeconds(60));
        assertEquals(OPENED.plusSeconds(60), c.escalatedAt);
        assertEquals(ComplaintNote.Kind.ESCALATION, why.kind);
        assertEquals("the customer calls the press", why.text);
        ProblemException e = conflict(() -> c.escalate("care.sh", "again", OPENED.plusSeconds(120)));
        assertEquals("The complaint is already escalated", e.getMessage());
        assertEquals(OPENED.plusSeconds(60), c.escalatedAt);
    }

    @Test
    void highAndCriticalGoToTheManagersAtOnceWithShorterDeadlinesAndComeFirst() {
        Complaint critical = Complaint.open(
                Channel.PHONE, Category.PRODUCT, Severity.CRITICAL, "brakes", "care.sh", OPENED, deadlines(24));
        assertEquals(OPENED, critical.escalatedAt);
        assertEquals(OPENED.plusSeconds(2 * 3600), critical.acknowledgeBy, "urgent: 2 hours to acknowledge");
        assertEquals(OPENED.plusSeconds(24 * 3600), critical.resolveBy, "CRITICAL: a day to resolve");
        ComplaintNote note = critical.escalationOnOpening();
        assertEquals(ComplaintNote.Kind.ESCALATION, note.kind);
        assertEquals("CRITICAL: to the managers at once", note.text);
        assertFalse(critical.breached(OPENED.plusSeconds(30 * 24 * 3600)), "escalated already: nothing to escalate");

        Complaint high = Complaint.open(
                Channel.PHONE, Category.DELIVERY, Severity.HIGH, "late", "care.sh", OPENED, deadlines(24));
        assertEquals(OPENED, high.escalatedAt);
        assertEquals(OPENED.plusSeconds(3 * 24 * 3600), high.resolveBy);

        Complaint low = Complaint.open(
                Channel.PHONE, Category.OTHER, Severity.LOW, "parking", "care.sh", OPENED, deadlines(24));
        assertNull(low.escalatedAt);
        assertEquals(OPENED.plusSeconds(14 * 24 * 3600), low.resolveBy);

        assertEquals(
                List.of(0, 1, 2, 3),
                List.of(critical.priority, high.priority, open(24).priority, low.priority),
                "the lists put CRITICAL first, LOW last");
    }

    @Test
    void theCustomerIsToldWhenToExpectTheResolutionAndALaterDateNeedsAReason() {
        Complaint c = open(24);
        c.acknowledge("care.sh", OPENED.plusSeconds(60), null, null);
        assertEquals(c.resolveBy, c.promisedResolutionBy, "by default: the deadline of its severity");

        Complaint sooner = open(24);
        Instant tomorrow = OPENED.plusSeconds(24 * 3600);
        assertNull(sooner.acknowledge("care.sh", OPENED, tomorrow, null));
        assertEquals(tomorrow, sooner.promisedResolutionBy);

        Complaint past = open(24);
        ProblemException e = assertThrows(
                ProblemException.class, () -> past.acknowledge("care.sh", OPENED, OPENED.minusSeconds(1), null));
        assertEquals(400, e.status());
        assertEquals("expectedResolutionBy", e.errors().get(0).field());
        assertEquals("future", e.errors().get(0).rule());
        assertEquals(Status.OPEN, past.status, "a refused acknowledgement changes nothing");

        Complaint later = open(24);
        Instant nextMonth = OPENED.plusSeconds(30L * 24 * 3600);
        ProblemException noReason =
                assertThrows(ProblemException.class, () -> later.acknowledge("care.sh", OPENED, nextMonth, " "));
        assertEquals("reason", noReason.errors().get(0).field());
        assertEquals("requiredAfterDeadline", noReason.errors().get(0).rule());
        ComplaintNote why = later.acknowledge("care.sh", OPENED, nextMonth, "the part comes from Germany");
        assertEquals(nextMonth, later.promisedResolutionBy);
        assertTrue(why.text.endsWith("the part comes from Germany"), why.text);

        Complaint late = open(24);
        ProblemException overdue = assertThrows(
                ProblemException.class, () -> late.acknowledge("care.sh", late.resolveBy.plusSeconds(1), null, null));
        assertEquals("required", overdue.errors().get(0).rule(), "past the deadline the customer needs a new date");
    }

    @Test
    void anUnresolvedComplaintPastItsResolutionDeadlineIsBreached() {
        Complaint c = open(24);
        c.acknowledge("care.sh", OPENED.plusSeconds(60), null, null);
        assertFalse(c.breached(c.resolveBy));
        assertTrue(c.resolutionOverdue(c.resolveBy.plusSeconds(1)));
        assertTrue(c.breached(c.resolveBy.plusSeconds(1)));
        assertEquals(
                "Not resolved by 2026-03-09T01:30:00Z: escalated to the manager",
                c.slaEscalationNote(c.resolveBy.plusSeconds(1)).text);
        c.resolve(Remedy.REPAIR, RootCause.PRODUCT_DEFECT, "fixed", "care.sh", c.resolveBy.plusSeconds(2));
        assertFalse(c.breached(c.resolveBy.plusSeconds(3)), "resolved: no longer overdue");
    }

    static Complaint open(int slaHours) {
        return Complaint.open(
                Channel.SHOWROOM, Category.PRODUCT, Severity.MEDIUM, "scratch", "care.sh", OPENED, deadlines(slaHours));
    }

    static ComplaintDeadlines deadlines(int acknowledgeHours) {
        return new ComplaintDeadlines(acknowledgeHours, 2, 14, 7, 3, 1);
    }

    static Complaint resolved() {
        Complaint c = open(24);
        c.acknowledge("care.sh", OPENED, null, null);
        c.resolve(Remedy.REPAIR, RootCause.PROCESS_GAP, "fixed", "care.sh", OPENED);
        return c;
    }

    static ProblemException conflict(Runnable step) {
        ProblemException e = assertThrows(ProblemException.class, step::run);
        assertEquals(409, e.status());
        return e;
    }
}
