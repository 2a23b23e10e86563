package dev.showroom.order.orders;

import dev.showroom.order.catalogue.Catalogue;
import dev.showroom.order.payment.LoanStatus;
import dev.showroom.order.payment.Payment;
import dev.showroom.order.payment.PaymentView;
import dev.showroom.order.payment.ReceiptNumbers;
import dev.showroom.order.quote.Quote;
import dev.showroom.order.settings.DealerSettings;
import dev.showroom.order.settings.OrderSettings;
import dev.showroom.order.stock.StockAllocator;
import dev.showroom.order.stock.StockAvailability;
import dev.showroom.order.stock.Vin;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.platform.persistence.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/orders")
@Tag(
        name = "Orders",
        description = "Orders and contracts: signature, deposit, allocation, PDI, delivery and cancellation")
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class OrderResource {

    public record OrderRequest(
            @NotNull UUID quoteId,

            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
            BigDecimal depositAmount,

            LocalDate expectedDeliveryDate,
            DeliveryMethod deliveryMethod) {}

    /** How the car reaches the customer (seed 004 §6.4). */
    public record DeliveryMethodRequest(@NotNull DeliveryMethod deliveryMethod) {}

    /**
     * referralsAsked: the signing's checkpoint (docs/process.md, step 8): after the close the consultant asked the
     * customer for referrals; left out it is recorded as missed.
     */
    public record SignRequest(@NotBlank @Size(max = 100) String customerSignatory, Boolean referralsAsked) {}

    public enum PaymentMethod {
        CASH,
        CARD,
        BANK_TRANSFER,
        MOBILE_PAYMENT
    }

    public record DepositRequest(
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
            BigDecimal amount,

            @NotNull PaymentMethod method) {}

    public record AllocationRequest(String vin) {}

    public record PdiRequest(
            @NotNull Map<PdiItem, @NotNull Boolean> items,
            @Size(max = 1000) String note) {}

    /** A payment towards the balance after the deposit (docs/process.md, step 9: payment before the keys). */
    public record PaymentRequest(
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
            BigDecimal amount,

            @NotNull PaymentMethod method) {}

    /**
     * The loan's new status: an application names the lender and the amount; an approval may lower the amount; a
     * disbursement pays the approved amount (amount may be left out).
     */
    public record LoanRequest(
            @NotNull LoanStatus status,
            @Size(max = 100) String lender,

            @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
            BigDecimal amount,

            @Size(max = 60) String reference) {}

    /** The manager's reason to let the car go before it is paid. */
    public record ReleaseRequest(@NotBlank @Size(max = 500) String reason) {}

    /** The number of the invoice issued from the tax system. */
    public record InvoiceRequest(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9-]+", message = "letters, digits and -")
            String invoiceNumber) {}

    public record DeliveryRequest(@NotNull @Valid Handover handover) {}

    /**
     * category: the reason as lead-service's defeat analysis counts it (a cancelled order is a lost sale); a
     * competitor's purchase names its brand and model.
     */
    public record CancelRequest(
            @NotBlank @Size(max = 500) String reason,
            @NotNull CancelCategory category,
            @Size(max = 100) String competitorBrand,
            @Size(max = 100) String competitorModel,

            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal refundAmount) {}

    @Inject
    CurrentStaff staff;

    @Inject
    DealerSettings settings;

    @Inject
    DealerProfiles profiles;

    @Inject
    OrderNumbers numbers;

    @Inject
    StockAllocator stock;

    @Inject
    StockAvailability availability;

    @Inject
    OrderEvents events;

    @Inject
    ReceiptNumbers receipts;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @IdempotentCreate
    @Operation(
            operationId = "createOrder",
            summary = "The customer accepts an issued quotation: an order (DRAFT) and its contract with a number")
    @APIResponse(
            responseCode = "201",
            description = "The order; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderView.class)))
    public Response create(@Valid @NotNull OrderRequest request) {
        Quote q = Quote.findById(request.quoteId());
        if (q == null) {
            throw ProblemException.invalid("quoteId", "known", "Unknown quote");
        }
        staff.requireOwnerOrManager(q.consultantId, "Quote");
        OrderSettings s = settings.of(staff.dealerId());
        LocalDate today = profiles.today(staff.dealerId());
        SalesOrder o = SalesOrder.accept(
                q,
                request.depositAmount(),
                request.expectedDeliveryDate(),
                today,
                s.deliveryLeadDays,
                () -> numbers.next(staff.dealerId(), today.getYear()),
                Instant.now(clock));
        if (request.deliveryMethod() != null) {
            o.agreeDelivery(request.deliveryMethod());
        }
        ContractTerms t = o.terms;
        o.stockCheck = availability.check(
                staff.dealerId(),
                t.modelCode(),
                t.trimCode(),
                t.colourCode(),
                Catalogue.keyOf(t.optionCodes()),
                o.id,
                o.createdAt,
                today);
        o.persist();
        return Response.created(URI.create("/api/v1/orders/" + o.id))
                .entity(OrderView.of(o))
                .build();
    }

    @GET
    @Operation(
            operationId = "listOrders",
            summary = "Orders, by customer (leadId) and status, newest first; a consultant sees their own, a manager "
                    + "the dealer's")
    @Sortable(
            value = {"createdAt", "expectedDeliveryDate", "orderNumber"},
            byDefault = "-createdAt")
    public Page<OrderView> list(
            @QueryParam("leadId") String leadParam,
            @QueryParam("status") String statusParam,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        UUID leadId = QueryParams.uuid(leadParam, "leadId");
        OrderStatus status = QueryParams.enumOf(OrderStatus.class, statusParam, "status");
        Filters f = new Filters()
                .and("leadId = :lead", "lead", leadId)
                .and("status = :status", "status", status)
                .andIf(staff.seesOnlyOwn(), "consultantId = :me", "me", staff.id());
        var query = SalesOrder.<SalesOrder>find(f.query(), Sorts.of(sort, "id"), f.params());
        return Pages.of(query, page, OrderView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getOrder", summary = "One order with its contract")
    public OrderView get(@PathParam("id") UUID id) {
        return OrderView.of(visible(id));
    }

    @POST
    @Path("{id}/signature")
    @Transactional
    @IfMatch
    @Operation(
            operationId = "signOrder",
            summary = "The customer signs the contract (DRAFT → SIGNED); who signed when is recorded")
    public OrderView sign(@PathParam("id") UUID id, @Valid @NotNull SignRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.sign(
                staff.id(),
                request.customerSignatory(),
                Boolean.TRUE.equals(request.referralsAsked()),
                Instant.now(clock));
        events.announce(o, staff.dealerId());
        return OrderView.of(Versions.stored(o));
    }

    @POST
    @Path("{id}/deposit")
    @Transactional
    @IfMatch
    @Operation(operationId = "recordOrderDeposit", summary = "The deposit is paid (SIGNED → DEPOSIT_PAID)")
    public OrderView payDeposit(@PathParam("id") UUID id, @Valid @NotNull DepositRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.recordDeposit(
                request.amount(),
                request.method().name(),
                receipts.next(staff.dealerId(), profiles.today(staff.dealerId()).getYear()),
                Instant.now(clock));
        events.announce(o, staff.dealerId());
        return OrderView.of(Versions.stored(o));
    }

    @POST
    @Path("{id}/allocation")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(
            operationId = "allocateOrder",
            summary = "Reserve a matching IN_STOCK car (DEPOSIT_PAID → ALLOCATED), or a named VIN; "
                    + "without one the order stays DEPOSIT_PAID and its allocation says WAITING")
    public OrderView allocate(@PathParam("id") UUID id, @Valid AllocationRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.requireAllocatable();
        String vin = request == null || request.vin() == null ? null : Vin.normalise(request.vin());
        if (vin != null && !Vin.isValid(vin)) {
            throw ProblemException.invalid("vin", "vin", Vin.problem(vin));
        }
        ContractTerms t = o.terms;
        StockAllocator.Reserved car = stock.reserve(
                staff.dealerId(),
                o.id,
                t.modelCode(),
                t.trimCode(),
                t.colourCode(),
                String.join(",", t.optionCodes()),
                vin);
        o.allocate(vin, car == null ? null : car.vin(), car == null ? null : car.vehicleId(), Instant.now(clock));
        events.announce(o, staff.dealerId());
        return OrderView.of(Versions.stored(o));
    }

    @POST
    @Path("{id}/pdi")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(
            operationId = "recordOrderInspection",
            summary = "Record the pre-delivery inspection; when every item passes, ALLOCATED → PDI_PASSED")
    public OrderView inspect(@PathParam("id") UUID id, @Valid @NotNull PdiRequest request) {
        PdiItem.requireEvery(request.items());
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.inspect(request.items(), request.note(), staff.id(), Instant.now(clock));
        events.announce(o, staff.dealerId());
        return OrderView.of(Versions.stored(o));
    }

    @POST
    @Path("{id}/delivery")
    @Transactional
    @IfMatch
    @Operation(
            operationId = "deliverOrder",
            summary = "Hand the car over with the checklist ticked (PDI_PASSED → DELIVERED)")
    public OrderView deliver(@PathParam("id") UUID id, @Valid @NotNull DeliveryRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.deliver(request.handover(), staff.id(), Instant.now(clock));
        stock.delivered(staff.dealerId(), o.vehicleId, o.id);
        events.announce(o, staff.dealerId());
        return OrderView.of(Versions.stored(o));
    }

    @POST
    @Path("{id}/cancellation")
    @Transactional
    @IfMatch
    @Operation(
            operationId = "cancelOrder",
            summary =
                    "Cancel before delivery with a reason; the deposit refund is recorded and the car goes back to stock")
    public OrderView cancel(@PathParam("id") UUID id, @Valid @NotNull CancelRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.cancel(
                request.reason(),
                request.category(),
                request.competitorBrand(),
                request.competitorModel(),
                request.refundAmount(),
                staff.id(),
                Instant.now(clock));
        if (o.vehicleId != null) {
            stock.release(staff.dealerId(), o.vehicleId, o.id);
        }
        events.announce(o, staff.dealerId());
        return OrderView.of(Versions.stored(o));
    }

    @PUT
    @Path("{id}/delivery-method")
    @Transactional
    @IfMatch
    @Operation(
            operationId = "setOrderDeliveryMethod",
            summary = "The delivery method agreed with the customer (showroom ceremony, home delivery, carrier "
                    + "transport), until the car is handed over")
    public OrderView setDeliveryMethod(@PathParam("id") UUID id, @Valid @NotNull DeliveryMethodRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.agreeDelivery(request.deliveryMethod());
        return OrderView.of(Versions.stored(o));
    }

    @POST
    @Path("{id}/payments")
    @Transactional
    @IdempotentCreate
    @Operation(
            operationId = "recordOrderPayment",
            summary = "A payment towards the balance after the deposit, with its receipt number; not above what is "
                    + "owed (422)")
    @APIResponse(
            responseCode = "201",
            description = "The payment and the balance still owed; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PaymentView.class)))
    public Response pay(@PathParam("id") UUID id, @Valid @NotNull PaymentRequest request) {
        SalesOrder o = visible(id);
        Payment p = o.recordPayment(
                request.amount(),
                request.method().name(),
                receipts.next(staff.dealerId(), profiles.today(staff.dealerId()).getYear()),
                staff.id(),
                Instant.now(clock));
        events.announce(o, staff.dealerId());
        Versions.stored(o);
        return Response.created(URI.create("/api/v1/orders/" + o.id + "/payments/" + p.id()))
                .entity(PaymentView.of(o, p))
                .build();
    }

    @GET
    @Path("{id}/payments/{paymentId}")
    @Operation(operationId = "getOrderPayment", summary = "One payment of an order, with its receipt number")
    public PaymentView payment(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId) {
        SalesOrder o = visible(id);
        return o.settlement.payments.stream()
                .filter(p -> p.id().equals(paymentId))
                .findFirst()
                .map(p -> PaymentView.of(o, p))
                .orElseThrow(() -> ProblemException.notFound("Payment"));
    }

    @POST
    @Path("{id}/loan")
    @Transactional
    @IfMatch
    @Operation(
            operationId = "changeOrderLoan",
            summary = "The customer's loan: APPLIED (lender, amount) → APPROVED → DISBURSED (a payment of the "
                    + "approved amount), or REFUSED (then APPLIED again); another move is 409")
    public OrderView loan(@PathParam("id") UUID id, @Valid @NotNull LoanRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.changeLoan(
                request.status(),
                request.lender(),
                request.amount(),
                request.reference(),
                () -> receipts.next(
                        staff.dealerId(), profiles.today(staff.dealerId()).getYear()),
                staff.id(),
                Instant.now(clock));
        events.announce(o, staff.dealerId());
        return OrderView.of(Versions.stored(o));
    }

    @POST
    @Path("{id}/release")
    @Transactional
    @RolesAllowed({Roles.MANAGER})
    @IfMatch
    @Operation(
            operationId = "releaseUnpaidOrder",
            summary = "The manager lets the PDI and the handover go ahead before the car is paid, with a reason "
                    + "(recorded with who and when, announced on order.released-unpaid)")
    public OrderView release(@PathParam("id") UUID id, @Valid @NotNull ReleaseRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.releaseUnpaid(request.reason(), staff.id(), Instant.now(clock));
        LOG.infof(
                "audit: order %s released unpaid by %s, %s %s owed",
                o.id, staff.id(), o.settlement.owedAtRelease, o.currency);
        events.announce(o, staff.dealerId());
        return OrderView.of(Versions.stored(o));
    }

    @POST
    @Path("{id}/invoice")
    @Transactional
    @IfMatch
    @Operation(
            operationId = "recordOrderInvoice",
            summary = "The number of the invoice issued for the car (from the signature on; once)")
    public OrderView invoice(@PathParam("id") UUID id, @Valid @NotNull InvoiceRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.recordInvoice(request.invoiceNumber(), Instant.now(clock));
        return OrderView.of(Versions.stored(o));
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(OrderResource.class);

    private SalesOrder visible(UUID id) {
        SalesOrder o = SalesOrder.findById(id);
        if (o == null) {
            throw ProblemException.notFound("Order");
        }
        staff.requireOwnerOrManager(o.consultantId, "Order");
        return o;
    }
}
