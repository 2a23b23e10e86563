package dev.showroom.order.orders;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The order's events, keyed by the lead so that one customer's events stay in order. */
@ApplicationScoped
public class OrderEvents {

    @Inject
    Outbox outbox;

    /** Publishes what the order's steps asked to announce (through the outbox, in the caller's transaction). */
    void announce(SalesOrder o, String dealerId) {
        for (SalesOrder.Announcement a : o.takeAnnouncements()) {
            switch (a) {
                case SIGNED -> signed(o, dealerId);
                case ALLOCATED -> allocated(o, dealerId);
                case READY_FOR_DELIVERY -> readyForDelivery(o, dealerId);
                case DELIVERED -> delivered(o, dealerId);
                case CANCELLED -> cancelled(o, dealerId);
            }
        }
    }

    private void signed(SalesOrder o, String dealerId) {
        outbox.publish(
                Topics.ORDER_SIGNED,
                o.leadId,
                o.id,
                new Events.OrderSigned(
                        o.id,
                        o.orderNumber,
                        dealerId,
                        o.leadId,
                        o.consultantId,
                        o.terms.modelName(),
                        o.terms.trimName(),
                        o.total,
                        o.currency,
                        o.depositPaid == null ? "NOT_PAID" : "PAID",
                        o.expectedDeliveryDate,
                        o.signedAt,
                        o.referralsAsked));
    }

    /** v2: no reason (a free text about the person: it stays on the order, item 11). */
    private void cancelled(SalesOrder o, String dealerId) {
        outbox.publish(
                Topics.ORDER_CANCELLED,
                o.leadId,
                o.id,
                new Events.OrderCancelled(
                        o.id,
                        o.orderNumber,
                        dealerId,
                        o.leadId,
                        o.consultantId,
                        o.refundAmount,
                        o.previousState,
                        o.cancelledAt,
                        o.cancelCategory == null ? null : o.cancelCategory.name(),
                        o.competitorBrand,
                        o.competitorModel));
    }

    private void allocated(SalesOrder o, String dealerId) {
        outbox.publish(
                Topics.ORDER_ALLOCATED,
                o.leadId,
                o.id,
                new Events.OrderAllocated(
                        o.id,
                        o.orderNumber,
                        dealerId,
                        o.leadId,
                        o.consultantId,
                        o.vin,
                        o.terms.modelName(),
                        o.allocatedOnArrival ? "ON_ARRIVAL" : "MANUAL",
                        o.expectedDeliveryDate,
                        o.allocatedAt));
    }

    private void readyForDelivery(SalesOrder o, String dealerId) {
        outbox.publish(
                Topics.ORDER_READY_FOR_DELIVERY,
                o.leadId,
                o.id,
                new Events.OrderReadyForDelivery(
                        o.id,
                        o.orderNumber,
                        dealerId,
                        o.leadId,
                        o.consultantId,
                        o.vin,
                        o.deliveryMethod.name(),
                        o.expectedDeliveryDate,
                        o.pdiPassedAt));
    }

    /** The delay check found the order's expected delivery near or past without a car (once per kind and date). */
    void delayed(SalesOrder o, OrderDelay d, int daysLate, java.time.LocalDate incomingEta) {
        outbox.publish(
                Topics.ORDER_DELAYED,
                o.leadId,
                o.id,
                new Events.OrderDelayed(
                        o.id,
                        o.orderNumber,
                        d.dealerId,
                        o.leadId,
                        o.consultantId,
                        d.kind.name(),
                        d.expectedDeliveryDate,
                        daysLate,
                        incomingEta,
                        d.detectedAt));
    }

    /** Ids only: after-sales has the customer's name and phone from lead.contact (item 11). */
    private void delivered(SalesOrder o, String dealerId) {
        outbox.publish(
                Topics.ORDER_DELIVERED,
                o.leadId,
                o.id,
                new Events.OrderDelivered(
                        o.id,
                        o.orderNumber,
                        dealerId,
                        o.leadId,
                        o.consultantId,
                        o.vin,
                        o.terms.modelName(),
                        o.deliveredAt));
    }
}
