package dev.showroom.order.orders;

import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.order.payment.Payment;
import dev.showroom.order.payment.Settlement;
import dev.showroom.platform.events.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

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
                case PAYMENT_RECEIVED -> paymentReceived(o, dealerId);
                case LOAN_STATUS_CHANGED -> loanStatusChanged(o, dealerId);
                case RELEASED_UNPAID -> releasedUnpaid(o, dealerId);
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

    /**
     * The newest payment: a payment or a disbursement of the balance (the last of the settlement's), else the
     * deposit. The balance owed is the order's as it is now, so within one step it is the one after this payment.
     */
    private void paymentReceived(SalesOrder o, String dealerId) {
        Settlement s = o.settlement;
        Payment last = s.payments.isEmpty() ? null : s.payments.get(s.payments.size() - 1);
        boolean deposit = last == null || (o.depositPaidAt != null && o.depositPaidAt.isAfter(last.paidAt()));
        BigDecimal owed = o.balanceOwed();
        outbox.publish(
                Topics.ORDER_PAYMENT_RECEIVED,
                o.leadId,
                o.id,
                new Events.OrderPaymentReceived(
                        o.id,
                        o.orderNumber,
                        dealerId,
                        o.leadId,
                        o.consultantId,
                        deposit ? s.depositReceiptNumber : last.receiptNumber(),
                        deposit ? "DEPOSIT" : Payment.LOAN.equals(last.method()) ? "LOAN" : "PAYMENT",
                        deposit ? o.depositMethod : last.method(),
                        deposit ? o.depositPaid : last.amount(),
                        o.currency,
                        owed,
                        owed.signum() <= 0,
                        deposit ? o.depositPaidAt : last.paidAt()));
    }

    private void loanStatusChanged(SalesOrder o, String dealerId) {
        Settlement s = o.settlement;
        outbox.publish(
                Topics.ORDER_LOAN_STATUS_CHANGED,
                o.leadId,
                o.id,
                new Events.OrderLoanStatusChanged(
                        o.id,
                        o.orderNumber,
                        dealerId,
                        o.leadId,
                        o.consultantId,
                        s.loanStatus.name(),
                        s.previousLoanStatus == null ? null : s.previousLoanStatus.name(),
                        s.loanLender,
                        s.loanAmount,
                        o.currency,
                        s.loanChangedAt));
    }

    /** Who released the car and the balance then owed; the reason typed stays on the order (item 11). */
    private void releasedUnpaid(SalesOrder o, String dealerId) {
        Settlement s = o.settlement;
        outbox.publish(
                Topics.ORDER_RELEASED_UNPAID,
                o.leadId,
                o.id,
                new Events.OrderReleasedUnpaid(
                        o.id,
                        o.orderNumber,
                        dealerId,
                        o.leadId,
                        o.consultantId,
                        s.releasedBy,
                        s.owedAtRelease,
                        o.currency,
                        s.releasedAt));
    }
}
