package dev.showroom.visit.appointment;

import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.tenancy.CurrentDealer;
import dev.showroom.visit.customer.KnownLead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** Booking, attending and missing appointments. */
@ApplicationScoped
public class Appointments {

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    /** A booked appointment fulfils the prospect's open invitation task, if there is one. */
    public Appointment book(UUID leadId, UUID visitId, String consultantId, Instant at, String purpose, String note) {
        Instant now = Instant.now(clock);
        Appointment a = leadId == null
                ? null
                : Appointment.<Appointment>find("leadId = ?1 and status = ?2", leadId, AppointmentStatus.TO_INVITE)
                        .firstResult();
        if (a == null) {
            a = new Appointment();
            a.id = UUID.randomUUID();
            a.leadId = leadId;
            a.createdAt = now;
        }
        a.visitId = visitId;
        a.consultantId = consultantId != null ? consultantId : a.consultantId;
        if (a.consultantId == null && leadId != null) {
            // the lead's consultant, as lead.created and lead.assigned fill it in appointments booked before
            KnownLead lead = KnownLead.byLead(leadId);
            a.consultantId = lead == null ? null : lead.consultantId;
        }
        a.status = AppointmentStatus.BOOKED;
        a.scheduledAt = at;
        if (purpose != null) {
            a.purpose = purpose;
        }
        if (note != null) {
            a.note = note;
        }
        a.updatedAt = now;
        a.persist();
        return a;
    }

    public void bookFromVisit(UUID visitId, UUID leadId, String consultantId, Instant at) {
        book(leadId, visitId, consultantId, at, "Showroom visit", null);
    }

    /** The unknown visitor's lead now exists: the appointment agreed in their call joins it and its consultant. */
    public void linkVisit(UUID visitId, UUID leadId, String consultantId) {
        if (consultantId != null) {
            Appointment.update(
                    "consultantId = ?1 where visitId = ?2 and leadId is null and consultantId is null",
                    consultantId,
                    visitId);
        }
        Appointment.update("leadId = ?1 where visitId = ?2 and leadId is null", leadId, visitId);
    }

    /**
     * The lead's consultant is known now (lead.created, lead.assigned): appointments booked before it was (the
     * copy may learn the lead from lead.contact first, another topic) get that consultant, so that their
     * reminders and no-shows count for someone. In SQL, not HQL: Hibernate translated this HQL update again on
     * every execution, twice per lead capture (6.7 % of visit-service's CPU while capturing; docs/benchmarks.md,
     * round five of the capture). The dealer named as HQL's restriction would have. The statement names its one
     * table to Hibernate, which then flushes before it only what the session holds of that table, not the lead's
     * copy the same lead's next event changes again (round eight).
     */
    public void fillConsultant(UUID leadId, String consultantId) {
        if (consultantId != null) {
            Appointment.getEntityManager()
                    .createNativeQuery("update appointment set consultant_id = ?1 "
                            + "where dealer_id = ?2 and lead_id = ?3 and consultant_id is null")
                    .setHint(HibernateHints.HINT_NATIVE_SPACES, "appointment")
                    .setParameter(1, consultantId)
                    .setParameter(2, CurrentDealer.current())
                    .setParameter(3, leadId)
                    .executeUpdate();
        }
    }

    public Appointment readable(UUID id) {
        Appointment a = Appointment.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Appointment");
        }
        if (staff.seesOnlyOwn() && !staff.id().equals(a.consultantId)) {
            KnownLead lead = a.leadId == null ? null : KnownLead.byLead(a.leadId);
            if (lead == null || !staff.id().equals(lead.consultantId)) {
                throw ProblemException.notFound("Appointment");
            }
        }
        return a;
    }

    /** Under the request's If-Match (the resource method is @IfMatch). */
    public Appointment close(UUID id, AppointmentStatus outcome) {
        Appointment a = readable(id);
        Preconditions.check(a.version);
        if (a.status != AppointmentStatus.BOOKED) {
            throw ProblemException.conflict("The appointment is " + a.status + ", not BOOKED");
        }
        if (outcome == AppointmentStatus.NO_SHOW && a.scheduledAt.isAfter(Instant.now(clock))) {
            throw ProblemException.conflict("A no-show can only be recorded after the appointment's time");
        }
        a.status = outcome;
        a.updatedAt = Instant.now(clock);
        return a;
    }
}
