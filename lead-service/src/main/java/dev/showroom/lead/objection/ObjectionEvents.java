package dev.showroom.lead.objection;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** objection.raised and objection.resolved through the outbox, keyed by the lead id; never the answer's words. */
@ApplicationScoped
public class ObjectionEvents {

    @Inject
    Outbox outbox;

    public void raised(Objection o) {
        outbox.publish(
                Topics.OBJECTION_RAISED,
                o.leadId,
                o.leadId,
                new Events.ObjectionRaised(
                        o.id,
                        o.leadId,
                        o.dealerId,
                        o.consultantId,
                        o.category.name(),
                        o.context.name(),
                        o.stageAt.name(),
                        o.model,
                        o.quoteId,
                        o.objectorDecides,
                        o.genuine.name(),
                        o.onlyReasonConfirmed,
                        o.commitmentObtained,
                        o.resolved(),
                        o.raisedAt));
    }

    public void resolved(Objection o) {
        outbox.publish(
                Topics.OBJECTION_RESOLVED,
                o.leadId,
                o.leadId,
                new Events.ObjectionResolved(
                        o.id,
                        o.leadId,
                        o.dealerId,
                        o.consultantId,
                        o.category.name(),
                        o.commitmentObtained,
                        o.resolvedBy,
                        o.resolvedAt));
    }
}
