package dev.showroom.order.orders;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.showroom.order.payment.BalanceView;
import dev.showroom.order.stock.StockCheck;
import dev.showroom.platform.http.Versioned;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An order as staff see it: the frozen contract and each step's record. deliveryMethod: how the car reaches the
 * customer; stockAtOrder: the stock for the configuration when the order was made (available now, incoming with
 * its ETA, or none).
 */
public record OrderView(
        UUID id,
        String orderNumber,
        UUID leadId,
        String consultantId,
        OrderStatus status,
        LocalDate expectedDeliveryDate,
        DeliveryMethod deliveryMethod,
        StockCheck stockAtOrder,
        Contract contract,
        Deposit deposit,
        Allocation allocation,
        SalesOrder.PdiRecord pdi,
        Delivery delivery,
        Cancellation cancellation,
        BalanceView payment,
        Instant createdAt,
        long version)
        implements Versioned {

    /** referralsAsked: the signing's checkpoint (asked for referrals after the close); null before signing. */
    public record Contract(
            String number,
            ContractTerms terms,
            String signedBy,
            String customerSignatory,
            Instant signedAt,
            Boolean referralsAsked) {}

    public record Deposit(
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal agreed,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paid,
            String method,
            Instant paidAt) {}

    /** state: NOT_STARTED, WAITING (no matching car in stock; note says why) or ALLOCATED. */
    public record Allocation(String state, String vin, Instant allocatedAt, String note) {}

    public record Delivery(Handover handover, String deliveredBy, Instant deliveredAt) {}

    /** category: the reason as the defeat analysis counts it, with the competitor bought. */
    public record Cancellation(
            String reason,
            CancelCategory category,
            String competitorBrand,
            String competitorModel,
            String previousState,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal refundAmount,
            String cancelledBy,
            Instant cancelledAt) {}

    public static OrderView of(SalesOrder o) {
        String allocationState = o.vin != null ? "ALLOCATED" : o.allocationNote != null ? "WAITING" : "NOT_STARTED";
        return new OrderView(
                o.id,
                o.orderNumber,
                o.leadId,
                o.consultantId,
                o.status,
                o.expectedDeliveryDate,
                o.deliveryMethod,
                o.stockCheck,
                new Contract(o.orderNumber, o.terms, o.signedBy, o.customerSignatory, o.signedAt, o.referralsAsked),
                new Deposit(o.depositAmount, o.depositPaid, o.depositMethod, o.depositPaidAt),
                new Allocation(allocationState, o.vin, o.allocatedAt, o.vin == null ? o.allocationNote : null),
                o.pdi,
                o.deliveredAt == null ? null : new Delivery(o.handover, o.deliveredBy, o.deliveredAt),
                o.cancelledAt == null
                        ? null
                        : new Cancellation(
                                o.cancelReason,
                                o.cancelCategory,
                                o.competitorBrand,
                                o.competitorModel,
                                o.previousState,
                                o.refundAmount,
                                o.cancelledBy,
                                o.cancelledAt),
                BalanceView.of(o),
                o.createdAt,
                o.version);
    }
}
