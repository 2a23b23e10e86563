package dev.showroom.order.orders;

import dev.showroom.order.payment.LoanStatus;
import dev.showroom.order.payment.Payment;
import dev.showroom.order.payment.Settlement;
import dev.showroom.order.quote.Quote;
import dev.showroom.order.quote.QuoteStatus;
import dev.showroom.order.stock.StockCheck;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

/**
 * An order and its contract (the order number is the contract number), with the rules of its life:
 * DRAFT → SIGNED → DEPOSIT_PAID → ALLOCATED → PDI_PASSED → DELIVERED, and CANCELLED before delivery. Each
 * step checks the state it starts from (409 otherwise) and its own guards (422), sets the state and its
 * timestamps, and notes the event to announce ({@link #announcements()}); the caller stores and publishes.
 */
@Entity
@Table(name = "sales_order")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class SalesOrder extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String orderNumber;
    public UUID quoteId;
    public UUID leadId;
    public String consultantId;

    @Enumerated(EnumType.STRING)
    public OrderStatus status;
    /** Frozen at acceptance. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ContractTerms terms;

    public BigDecimal total;
    public String currency;
    public BigDecimal depositAmount;
    public LocalDate expectedDeliveryDate;
    public String signedBy;
    public String customerSignatory;
    public Instant signedAt;
    /** The signing's checkpoint (seed 002: after the close, ask for referrals); null before it was recorded. */
    public Boolean referralsAsked;

    /** The stock for the order's configuration when it was made (seed 004 §6.3). */
    @JdbcTypeCode(SqlTypes.JSON)
    public StockCheck stockCheck;

    /** How the car reaches the customer (seed 004 §6.4). */
    @Enumerated(EnumType.STRING)
    public DeliveryMethod deliveryMethod = DeliveryMethod.SHOWROOM_CEREMONY;

    public BigDecimal depositPaid;
    public String depositMethod;
    public Instant depositPaidAt;
    public String vin;
    public UUID vehicleId;
    public Instant allocatedAt;
    /** Why the order still waits for a car, while it does. */
    public String allocationNote;

    @JdbcTypeCode(SqlTypes.JSON)
    public PdiRecord pdi;

    public Instant pdiPassedAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public Handover handover;

    public Instant deliveredAt;
    public String deliveredBy;
    public String cancelReason;

    /** The cancellation's reason as the defeat analysis counts it, and the competitor bought, if one was. */
    @Enumerated(EnumType.STRING)
    public CancelCategory cancelCategory;

    public String competitorBrand;
    public String competitorModel;
    public BigDecimal refundAmount;
    public String previousState;
    public Instant cancelledAt;
    public String cancelledBy;
    public Instant createdAt;

    /** The balance after the deposit: payments, the loan, the invoice, the manager's release (payment package). */
    @Embedded
    public Settlement settlement = new Settlement();

    @Version
    public long version;

    /** What this order's steps ask to announce, in order; taken by {@link OrderEvents#announce}. */
    @Transient
    private List<Announcement> announcements = new ArrayList<>();

    /** The car was allocated at once on its arrival in stock, not by the manager (for order.allocated). */
    @Transient
    boolean allocatedOnArrival;

    /** The events an order's steps announce. */
    public enum Announcement {
        SIGNED,
        ALLOCATED,
        READY_FOR_DELIVERY,
        DELIVERED,
        CANCELLED,
        /** The newest payment (the deposit, or the last of {@link Settlement#payments}). */
        PAYMENT_RECEIVED,
        LOAN_STATUS_CHANGED,
        RELEASED_UNPAID
    }

    /**
     * The customer accepts an issued quotation: the order (DRAFT) with the terms frozen. The quote must be
     * ISSUED or APPROVED and still valid today (409); the deposit not above the total and the expected delivery
     * (by default today plus the dealer's lead days) not in the past (400). The number is drawn only then.
     */
    public static SalesOrder accept(
            Quote q,
            BigDecimal depositAmount,
            LocalDate expectedDeliveryDate,
            LocalDate today,
            int deliveryLeadDays,
            Supplier<String> orderNumber,
            Instant now) {
        if (!q.status.acceptable()) {
            throw ProblemException.conflict(
                    "The quote is " + q.status + "; only an ISSUED or APPROVED quote is accepted");
        }
        if (q.validUntil.isBefore(today)) {
            throw ProblemException.conflict("The quote expired on " + q.validUntil);
        }
        if (depositAmount.compareTo(q.total) > 0) {
            throw ProblemException.invalid("depositAmount", "notAbovePrice", "must not be above the total " + q.total);
        }
        LocalDate expected = expectedDeliveryDate != null ? expectedDeliveryDate : today.plusDays(deliveryLeadDays);
        if (expected.isBefore(today)) {
            throw ProblemException.invalid("expectedDeliveryDate", "future", "must not be in the past");
        }
        q.status = QuoteStatus.ACCEPTED;
        SalesOrder o = new SalesOrder();
        o.id = UUID.randomUUID();
        o.orderNumber = orderNumber.get();
        o.quoteId = q.id;
        o.leadId = q.leadId;
        o.consultantId = q.consultantId;
        o.status = OrderStatus.DRAFT;
        o.terms = ContractTerms.of(q, depositAmount, expected);
        o.total = q.total;
        o.currency = q.currency;
        o.depositAmount = depositAmount;
        o.expectedDeliveryDate = expected;
        o.createdAt = now;
        return o;
    }

    /**
     * DRAFT → SIGNED: who signed for the dealer, the customer's signatory, whether referrals were asked for (the
     * checkpoint: met or missed), when; announces order.signed.
     */
    public void sign(String by, String customerSignatory, boolean referralsAsked, Instant now) {
        status.require(OrderStatus.DRAFT, "sign");
        status = OrderStatus.SIGNED;
        signedBy = by;
        this.customerSignatory = customerSignatory;
        this.referralsAsked = referralsAsked;
        signedAt = now;
        announcements.add(Announcement.SIGNED);
    }

    /**
     * SIGNED → DEPOSIT_PAID: at least the agreed deposit and at most the total (422 naming amount), with the receipt
     * number given for it; announced as a payment received.
     */
    public void recordDeposit(BigDecimal amount, String method, String receiptNumber, Instant now) {
        status.require(OrderStatus.SIGNED, "pay the deposit of");
        if (amount.compareTo(depositAmount) < 0 || amount.compareTo(total) > 0) {
            throw ProblemException.unprocessable(
                    "amount",
                    "depositAmount",
                    "The deposit must be at least the agreed " + depositAmount + " and at most the total " + total);
        }
        status = OrderStatus.DEPOSIT_PAID;
        depositPaid = amount;
        depositMethod = method;
        depositPaidAt = now;
        settlement.depositReceiptNumber = receiptNumber;
        announcements.add(Announcement.PAYMENT_RECEIVED);
    }

    /** 409 unless a car may be allocated now (DEPOSIT_PAID): checked before any car is reserved. */
    public void requireAllocatable() {
        status.require(OrderStatus.DEPOSIT_PAID, "allocate a car to");
    }

    /**
     * The outcome of looking for a car: DEPOSIT_PAID → ALLOCATED with the reserved car; without one the order
     * waits (its note says for what), unless a named VIN was asked for, which is a 409.
     */
    public void allocate(String requestedVin, String vin, UUID vehicleId, Instant now) {
        requireAllocatable();
        if (vin == null) {
            if (requestedVin != null) {
                throw ProblemException.conflict("VIN " + requestedVin + " is not an IN_STOCK car matching this order");
            }
            allocationNote = "No IN_STOCK car matches " + terms.modelCode() + " " + terms.trimCode() + " "
                    + terms.colourCode()
                    + (terms.optionCodes().isEmpty() ? "" : " with " + String.join(", ", terms.optionCodes()))
                    + "; the order waits for one";
            return;
        }
        status = OrderStatus.ALLOCATED;
        this.vin = vin;
        this.vehicleId = vehicleId;
        allocatedAt = now;
        allocationNote = null;
        announcements.add(Announcement.ALLOCATED);
    }

    /**
     * A matching car arrived in stock and this order, the oldest waiting for it ({@link ArrivalQueue}), takes it at
     * once: DEPOSIT_PAID → ALLOCATED; announces order.allocated (ON_ARRIVAL).
     */
    public void allocateOnArrival(String vin, UUID vehicleId, Instant now) {
        allocate(null, vin, vehicleId, now);
        allocatedOnArrival = true;
    }

    /** The delivery method agreed with the customer; changed until the car is handed over (409 after). */
    public void agreeDelivery(DeliveryMethod method) {
        if (status == OrderStatus.DELIVERED || status == OrderStatus.CANCELLED) {
            throw ProblemException.conflict("Cannot change the delivery method of an order that is " + status);
        }
        deliveryMethod = method;
    }

    /**
     * The pre-delivery inspection of an ALLOCATED order: every item reported (400 naming the first missing), the
     * record kept; when all pass, ALLOCATED → PDI_PASSED.
     */
    public void inspect(Map<PdiItem, Boolean> items, String note, String by, Instant now) {
        PdiItem.requireEvery(items);
        status.require(OrderStatus.ALLOCATED, "inspect");
        settlement.requireCleared(balanceOwed(), currency, "inspect");
        boolean passed = items.values().stream().allMatch(Boolean::booleanValue);
        pdi = new PdiRecord(new EnumMap<>(items), passed, note, by, now);
        if (passed) {
            status = OrderStatus.PDI_PASSED;
            pdiPassedAt = now;
            announcements.add(Announcement.READY_FOR_DELIVERY);
        }
    }

    /**
     * PDI_PASSED → DELIVERED with the handover checklist fully ticked (422 naming the first unticked item);
     * announces order.delivered.
     */
    public void deliver(Handover handover, String by, Instant now) {
        status.require(OrderStatus.PDI_PASSED, "deliver");
        settlement.requireCleared(balanceOwed(), currency, "deliver");
        List<String> missing = handover.unticked();
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable(
                    "handover." + missing.get(0),
                    "ticked",
                    "The handover checklist is not complete: " + String.join(", ", missing));
        }
        status = OrderStatus.DELIVERED;
        this.handover = handover;
        deliveredBy = by;
        deliveredAt = now;
        announcements.add(Announcement.DELIVERED);
    }

    /** {@link #cancel(String, CancelCategory, String, String, BigDecimal, String, Instant)} for another reason. */
    public void cancel(String reason, BigDecimal refundAmount, String by, Instant now) {
        cancel(reason, CancelCategory.OTHER, null, null, refundAmount, by, now);
    }

    /**
     * Any state before delivery → CANCELLED (409 otherwise), with the reason's category (the defeat analysis'; a
     * competitor's purchase names the brand and model, no other category does: 400 naming the field) and the
     * refund: by default what was paid (the deposit and the payments after it), never above it (422 naming refundAmount); the state it left is kept.
     * Announces order.cancelled. The car, if one was allocated ({@link #vehicleId}), goes back to stock: the
     * caller's part.
     */
    public void cancel(
            String reason,
            CancelCategory category,
            String competitorBrand,
            String competitorModel,
            BigDecimal refundAmount,
            String by,
            Instant now) {
        boolean brand = competitorBrand != null && !competitorBrand.isBlank();
        boolean model = competitorModel != null && !competitorModel.isBlank();
        if (category.namesCompetitor() && !brand) {
            throw ProblemException.invalid(
                    "competitorBrand", "requiredForCompetitor", "The competitor's brand is required");
        }
        if (category.namesCompetitor() && !model) {
            throw ProblemException.invalid(
                    "competitorModel", "requiredForCompetitor", "The competitor's model is required");
        }
        if (!category.namesCompetitor() && (brand || model)) {
            throw ProblemException.invalid(
                    brand ? "competitorBrand" : "competitorModel",
                    "onlyForCompetitor",
                    "A competitor is named only when one was bought");
        }
        if (!status.cancellable()) {
            throw ProblemException.conflict("Cannot cancel an order that is " + status);
        }
        BigDecimal paid = (depositPaid == null ? BigDecimal.ZERO.setScale(2) : depositPaid).add(settlement.paidTotal);
        BigDecimal refund = refundAmount != null ? refundAmount : paid;
        if (refund.compareTo(paid) > 0) {
            throw ProblemException.unprocessable(
                    "refundAmount",
                    "notAboveDeposit",
                    "The refund must not be above what was paid, the deposit and the payments (" + paid + ")");
        }
        previousState = status.name();
        status = OrderStatus.CANCELLED;
        cancelReason = reason;
        cancelCategory = category;
        this.competitorBrand = brand ? competitorBrand.strip() : null;
        this.competitorModel = model ? competitorModel.strip() : null;
        this.refundAmount = refund;
        cancelledBy = by;
        cancelledAt = now;
        announcements.add(Announcement.CANCELLED);
    }

    /**
     * What the customer still owes: the agreed price (the contract's total) less the deposit paid and the payments
     * after it (a disbursed loan among them).
     */
    public BigDecimal balanceOwed() {
        BigDecimal deposit = depositPaid == null ? BigDecimal.ZERO : depositPaid;
        return total.subtract(deposit).subtract(settlement.paidTotal).setScale(2);
    }

    /** Whether the PDI and the handover may go ahead as far as money goes (paid, or released by a manager). */
    public boolean cleared() {
        return settlement.cleared(balanceOwed());
    }

    /**
     * A payment towards the balance, once the deposit is paid and until the balance is (after delivery too, when
     * a manager released the car): 409 before or when cancelled, 422 above what is owed.
     */
    public Payment recordPayment(BigDecimal amount, String method, String receiptNumber, String by, Instant now) {
        requirePayable("record a payment for");
        Payment p = settlement.receive(amount, method, balanceOwed(), receiptNumber, by, now);
        announcements.add(Announcement.PAYMENT_RECEIVED);
        return p;
    }

    /**
     * The customer's loan moves on (from the signature on, until the order is cancelled); a disbursement pays the
     * approved amount towards the balance. Announces the change, and the disbursement as a payment.
     */
    public void changeLoan(
            LoanStatus to,
            String lender,
            BigDecimal amount,
            String reference,
            Supplier<String> receiptNumber,
            String by,
            Instant now) {
        if (status == OrderStatus.DRAFT || status == OrderStatus.CANCELLED) {
            throw ProblemException.conflict("Cannot change the loan of an order that is " + status);
        }
        if (to == LoanStatus.DISBURSED && depositPaid == null) {
            throw ProblemException.conflict("The deposit is paid before the loan is disbursed");
        }
        Payment disbursed = settlement.changeLoan(to, lender, amount, reference, balanceOwed(), receiptNumber, by, now);
        announcements.add(Announcement.LOAN_STATUS_CHANGED);
        if (disbursed != null) {
            announcements.add(Announcement.PAYMENT_RECEIVED);
        }
    }

    /**
     * The manager lets the PDI and the handover go ahead before the car is paid, with a reason: from the deposit
     * until delivery (409 otherwise), once, while something is owed. Announced.
     */
    public void releaseUnpaid(String reason, String by, Instant now) {
        if (!List.of(OrderStatus.DEPOSIT_PAID, OrderStatus.ALLOCATED, OrderStatus.PDI_PASSED)
                .contains(status)) {
            throw ProblemException.conflict("Cannot release the car of an order that is " + status);
        }
        settlement.release(reason, balanceOwed(), by, now);
        announcements.add(Announcement.RELEASED_UNPAID);
    }

    /** The invoice's number, from the signature on (409 before and when cancelled). */
    public void recordInvoice(String number, Instant now) {
        if (status == OrderStatus.DRAFT || status == OrderStatus.CANCELLED) {
            throw ProblemException.conflict("Cannot invoice an order that is " + status);
        }
        settlement.invoice(number, now);
    }

    private void requirePayable(String step) {
        if (!List.of(OrderStatus.DEPOSIT_PAID, OrderStatus.ALLOCATED, OrderStatus.PDI_PASSED, OrderStatus.DELIVERED)
                .contains(status)) {
            throw ProblemException.conflict("Cannot " + step + " an order that is " + status
                    + "; payments follow the deposit (POST …/deposit)");
        }
    }

    /** The events the steps so far ask to announce (not yet taken). */
    public List<Announcement> announcements() {
        return List.copyOf(announcements);
    }

    /** The announcements, handed over once: the list is empty afterwards. */
    List<Announcement> takeAnnouncements() {
        List<Announcement> taken = List.copyOf(announcements);
        announcements.clear();
        return taken;
    }

    /** The last inspection: each item passed or not, who inspected, when. */
    public record PdiRecord(
            Map<PdiItem, Boolean> items, boolean passed, String note, String inspectedBy, Instant inspectedAt) {}
}
