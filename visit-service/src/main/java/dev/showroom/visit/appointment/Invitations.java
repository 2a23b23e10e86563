package dev.showroom.visit.appointment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/** lead.qualified → the consultant's task to invite the prospect to the showroom. */
@ApplicationScoped
public class Invitations {

    @Inject
    EntityManager em;

    /**
     * One open invitation per prospect: a redelivered or repeated lead.qualified finds it (unique partial
     * index) and adds nothing; a prospect who already has a booked appointment needs no invitation.
     */
    public void invite(UUID leadId, String dealerId, String consultantId, String modelOfInterest, Instant at) {
        Long booked = (Long)
                em.createQuery("select count(a) from Appointment a where a.leadId = :lead and a.status = :booked")
                        .setParameter("lead", leadId)
                        .setParameter("booked", AppointmentStatus.BOOKED)
                        .getSingleResult();
        if (booked > 0) {
            return;
        }
        String purpose =
                modelOfInterest == null ? "Invite to the showroom" : "Invite to the showroom: " + modelOfInterest;
        em.createNativeQuery(
                        "insert into appointment (id, dealer_id, lead_id, consultant_id, status, purpose, note, "
                                + "created_at, updated_at) values (?1, ?2, ?3, ?4, 'TO_INVITE', ?5, ?6, ?7, ?7) on conflict do nothing")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, dealerId)
                .setParameter(3, leadId)
                .setParameter(4, consultantId)
                .setParameter(5, purpose)
                .setParameter(6, null)
                .setParameter(7, at)
                .executeUpdate();
    }
}
