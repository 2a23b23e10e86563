package dev.showroom.lead.alert;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Raises manager alerts: once per lead, kind and missed moment (the unique index decides, so two checks at once
 * still raise one), each announced on lead.alert-raised through the outbox in the same transaction.
 */
@ApplicationScoped
public class Alerts {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /**
     * @return the alert's id, or null when this lead already has this alert for this moment
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID raise(
            String dealerId,
            LeadAlert.Kind kind,
            UUID leadId,
            String consultantId,
            String reassignedTo,
            Instant dueAt,
            Instant now) {
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("insert into lead_alert (id, dealer_id, kind, lead_id, consultant_id, "
                        + "reassigned_to, due_at, raised_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                        + "on conflict (lead_id, kind, due_at) do nothing")
                .setParameter(1, id)
                .setParameter(2, dealerId)
                .setParameter(3, kind.name())
                .setParameter(4, leadId)
                .setParameter(5, consultantId)
                .setParameter(6, reassignedTo)
                .setParameter(7, dueAt)
                .setParameter(8, now)
                .executeUpdate();
        if (inserted == 0) {
            return null;
        }
        outbox.publish(
                Topics.LEAD_ALERT_RAISED,
                leadId,
                leadId,
                new Events.LeadAlertRaised(id, leadId, dealerId, kind.name(), consultantId, reassignedTo, dueAt, now));
        return id;
    }
}
