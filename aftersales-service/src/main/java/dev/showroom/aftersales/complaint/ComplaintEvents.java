package dev.showroom.aftersales.complaint;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The complaint's events, keyed by the lead (or the complaint, about no known customer). */
@ApplicationScoped
public class ComplaintEvents {

    @Inject
    Outbox outbox;

    /** Publishes what the complaint's steps asked to announce (through the outbox, in the caller's transaction). */
    void announce(Complaint c, String dealerId) {
        Object key = c.leadId != null ? c.leadId : c.id;
        for (Complaint.Announcement a : c.takeAnnouncements()) {
            switch (a) {
                case OPENED ->
                    outbox.publish(
                            Topics.COMPLAINT_OPENED,
                            key,
                            c.id,
                            new Events.ComplaintOpened(
                                    c.id,
                                    dealerId,
                                    c.leadId,
                                    c.orderId,
                                    c.category.name(),
                                    c.severity.name(),
                                    c.channel.name(),
                                    c.openedAt,
                                    c.acknowledgeBy,
                                    c.resolveBy,
                                    c.escalatedAt != null));
                // v2: the resolution text (a free text about the person) stays here
                case RESOLVED ->
                    outbox.publish(
                            Topics.COMPLAINT_RESOLVED,
                            key,
                            c.id,
                            new Events.ComplaintResolved(
                                    c.id, dealerId, c.leadId, c.remedy.name(), c.resolvedAt, c.rootCause.name()));
            }
        }
    }
}
