package dev.showroom.visit.appointment;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.UUID;

/**
 * Books the showroom visit a referred person agreed on the spot (docs/process.md, step 10; seed 002: ask for the
 * phone number, call at once, agree a time and place). After-sales announces the referral with the time agreed
 * ({@code referral.received}'s {@code appointmentAt}); lead-service makes the person's lead ({@code lead.created}
 * naming the {@code referralId}). The two come on different topics in any order: each is noted on the referral's
 * row, and the appointment is booked, for the lead's consultant, when both are known: once, however often either
 * event comes or whichever comes last (the row's {@code appointment_id} is set by one conditional update). A referred
 * person lead-service merged into a lead it already knew makes no lead: staff book that visit when they confirm the
 * contact request.
 */
@ApplicationScoped
public class ReferralAppointments {

    static final String PURPOSE = "Referred by a customer: visit agreed on the referral call";

    @Inject
    EntityManager em;

    @Inject
    Appointments appointments;

    /** The events this class applies (EventDispatcher: one consumer for the service, in batches). */
    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.REFERRAL_RECEIVED, Events.ReferralReceived.class, this::onReferralReceived);
    }

    void onReferralReceived(IncomingEvent<Events.ReferralReceived> event) {
        Events.ReferralReceived r = event.payload();
        if (r.appointmentAt() == null) {
            return;
        }
        em.createNativeQuery("insert into referral_appointment (dealer_id, referral_id, referrer_lead_id, "
                        + "scheduled_at) values (?1, ?2, ?3, ?4) on conflict (dealer_id, referral_id) do update set "
                        + "scheduled_at = excluded.scheduled_at, referrer_lead_id = excluded.referrer_lead_id")
                .setParameter(1, r.dealerId())
                .setParameter(2, r.referralId())
                .setParameter(3, r.referrerLeadId())
                .setParameter(4, r.appointmentAt())
                .executeUpdate();
        book(r.dealerId(), r.referralId());
    }

    /** lead.created of a referred person (LeadConsumers: one handler per topic). */
    public void onLeadCreated(Events.LeadCreated lead) {
        if (lead.referralId() == null) {
            return;
        }
        em.createNativeQuery("insert into referral_appointment (dealer_id, referral_id, lead_id, consultant_id) "
                        + "values (?1, ?2, ?3, ?4) on conflict (dealer_id, referral_id) do update set "
                        + "lead_id = excluded.lead_id, consultant_id = excluded.consultant_id")
                .setParameter(1, lead.dealerId())
                .setParameter(2, lead.referralId())
                .setParameter(3, lead.leadId())
                .setParameter(4, lead.consultantId())
                .executeUpdate();
        book(lead.dealerId(), lead.referralId());
    }

    /**
     * Books when the time and the lead are both known and nothing was booked yet. The insert above waited for the
     * other event's transaction on the same row (a conflicting insert does), so the last of the two sees both.
     */
    private void book(String dealerId, UUID referralId) {
        UUID appointmentId = UUID.randomUUID();
        int claimed = em.createNativeQuery("update referral_appointment set appointment_id = ?1 where dealer_id = ?2 "
                        + "and referral_id = ?3 and appointment_id is null and lead_id is not null "
                        + "and scheduled_at is not null")
                .setParameter(1, appointmentId)
                .setParameter(2, dealerId)
                .setParameter(3, referralId)
                .executeUpdate();
        if (claimed == 0) {
            return;
        }
        Object[] row = (Object[]) em.createNativeQuery(
                        "select lead_id, consultant_id, scheduled_at from referral_appointment where dealer_id = ?1 "
                                + "and referral_id = ?2")
                .setParameter(1, dealerId)
                .setParameter(2, referralId)
                .getSingleResult();
        Appointment a = appointments.book((UUID) row[0], null, (String) row[1], toInstant(row[2]), PURPOSE, null);
        em.createNativeQuery("update referral_appointment set appointment_id = ?1 where dealer_id = ?2 "
                        + "and referral_id = ?3")
                .setParameter(1, a.id)
                .setParameter(2, dealerId)
                .setParameter(3, referralId)
                .executeUpdate();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
