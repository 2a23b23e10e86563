package dev.showroom.order.orders;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.showroom.order.quote.Quote;
import dev.showroom.order.quote.QuoteStatus;
import dev.showroom.order.settings.DealerSettings;
import dev.showroom.order.settings.OrderSettings;
import dev.showroom.order.stock.StockAllocator;
import dev.showroom.order.stock.Vin;
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
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.platform.persistence.Versions;

@Path("/api/v1/orders")
@Tag(name = "Orders",
        description = "Orders and contracts: signature, deposit, allocation, PDI, delivery and cancellation")
@RolesAllowed({ Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN })
public class OrderResource {

    public record OrderRequest(@NotNull UUID quoteId,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal depositAmount,
            LocalDate expectedDeliveryDate) {
    }

    public record SignRequest(@NotBlank @Size(max = 100) String customerSignatory) {
    }

    public enum PaymentMethod {
        CASH, CARD, BANK_TRANSFER, MOBILE_PAYMENT
    }

    public record DepositRequest(@NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotNull PaymentMethod method) {
    }

    public record AllocationRequest(String vin) {
    }

    public record PdiRequest(@NotNull Map<PdiItem, @NotNull Boolean> items, @Size(max = 1000) String note) {
    }

    public record DeliveryRequest(@NotNull @Valid Handover handover) {
    }

    public record CancelRequest(@NotBlank @Size(max = 500) String reason,
            @DecimalMin("0.00") @Digits(integer = 12, fraction = 2) BigDecimal refundAmount) {
    }

    @Inject
    CurrentStaff staff;

    @Inject
    DealerSettings settings;

    @Inject
    OrderNumbers numbers;

    @Inject
    StockAllocator stock;

    @Inject
    OrderEvents events;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @IdempotentCreate
    @Operation(operationId = "createOrder",
            summary = "The customer accepts an issued quotation: an order (DRAFT) and its contract with a number")
    @APIResponse(responseCode = "201", description = "The order; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderView.class)))
    public Response create(@Valid @NotNull OrderRequest request) {
        Quote q = Quote.findById(request.quoteId());
        if (q == null) {
            throw ProblemException.invalid("quoteId", "known", "Unknown quote");
        }
        staff.requireOwnerOrManager(q.consultantId, "Quote");
        if (!q.status.acceptable()) {
            throw ProblemException.conflict("The quote is " + q.status + "; only an ISSUED or APPROVED quote is accepted");
        }
        OrderSettings s = settings.of(staff.dealerId());
        LocalDate today = s.today(clock);
        if (q.validUntil.isBefore(today)) {
            throw ProblemException.conflict("The quote expired on " + q.validUntil);
        }
        if (request.depositAmount().compareTo(q.total) > 0) {
            throw ProblemException.invalid("depositAmount", "notAbovePrice", "must not be above the total " + q.total);
        }
        LocalDate expected = request.expectedDeliveryDate() != null ? request.expectedDeliveryDate()
                : today.plusDays(s.deliveryLeadDays);
        if (expected.isBefore(today)) {
            throw ProblemException.invalid("expectedDeliveryDate", "future", "must not be in the past");
        }
        q.status = QuoteStatus.ACCEPTED;
        SalesOrder o = new SalesOrder();
        o.id = UUID.randomUUID();
        o.orderNumber = numbers.next(staff.dealerId(), today.getYear());
        o.quoteId = q.id;
        o.leadId = q.leadId;
        o.consultantId = q.consultantId;
        o.status = OrderStatus.DRAFT;
        o.terms = ContractTerms.of(q, request.depositAmount(), expected);
        o.total = q.total;
        o.currency = q.currency;
        o.depositAmount = request.depositAmount();
        o.expectedDeliveryDate = expected;
        o.createdAt = Instant.now(clock);
        o.persist();
        return Response.created(URI.create("/api/v1/orders/" + o.id)).entity(OrderView.of(o)).build();
    }

    @GET
    @Operation(operationId = "listOrders",
            summary = "Orders, by customer (leadId) and status, newest first; a consultant sees their own, a manager "
                    + "the dealer's")
    @Sortable(value = { "createdAt", "expectedDeliveryDate", "orderNumber" }, byDefault = "-createdAt")
    public Page<OrderView> list(@QueryParam("leadId") String leadParam, @QueryParam("status") String statusParam,
            @BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        UUID leadId = QueryParams.uuid(leadParam, "leadId");
        OrderStatus status = QueryParams.enumOf(OrderStatus.class, statusParam, "status");
        Filters f = new Filters().and("leadId = :lead", "lead", leadId).and("status = :status", "status", status)
                .andIf(staff.seesOnlyOwn(), "consultantId = :me", "me", staff.id());
        var query = SalesOrder.<SalesOrder> find(f.query(), Sorts.of(sort, "id"), f.params());
        return Page.of(query.page(page.page, page.size).list().stream().map(OrderView::of).toList(), page, query.count());
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
    @Operation(operationId = "signOrder",
            summary = "The customer signs the contract (DRAFT → SIGNED); who signed when is recorded")
    public OrderView sign(@PathParam("id") UUID id, @Valid @NotNull SignRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.status.require(OrderStatus.DRAFT, "sign");
        o.status = OrderStatus.SIGNED;
        o.signedBy = staff.id();
        o.customerSignatory = request.customerSignatory();
        o.signedAt = Instant.now(clock);
        events.signed(o, staff.dealerId());
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
        o.status.require(OrderStatus.SIGNED, "pay the deposit of");
        if (request.amount().compareTo(o.depositAmount) < 0 || request.amount().compareTo(o.total) > 0) {
            throw ProblemException.unprocessable("amount", "depositAmount", "The deposit must be at least the agreed "
                    + o.depositAmount + " and at most the total " + o.total);
        }
        o.status = OrderStatus.DEPOSIT_PAID;
        o.depositPaid = request.amount();
        o.depositMethod = request.method().name();
        o.depositPaidAt = Instant.now(clock);
        return OrderView.of(Versions.stored(o));
    }

    @POST
    @Path("{id}/allocation")
    @Transactional
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @IfMatch
    @Operation(operationId = "allocateOrder",
            summary = "Reserve a matching IN_STOCK car (DEPOSIT_PAID → ALLOCATED), or a named VIN; "
            + "without one the order stays DEPOSIT_PAID and its allocation says WAITING")
    public OrderView allocate(@PathParam("id") UUID id, @Valid AllocationRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.status.require(OrderStatus.DEPOSIT_PAID, "allocate a car to");
        String vin = request == null || request.vin() == null ? null : Vin.normalise(request.vin());
        if (vin != null && !Vin.isValid(vin)) {
            throw ProblemException.invalid("vin", "vin", Vin.problem(vin));
        }
        ContractTerms t = o.terms;
        StockAllocator.Reserved car = stock.reserve(staff.dealerId(), o.id, t.modelCode(), t.trimCode(), t.colourCode(),
                String.join(",", t.optionCodes()), vin);
        if (car == null) {
            if (vin != null) {
                throw ProblemException.conflict("VIN " + vin + " is not an IN_STOCK car matching this order");
            }
            o.allocationNote = "No IN_STOCK car matches " + t.modelCode() + " " + t.trimCode() + " " + t.colourCode()
                    + (t.optionCodes().isEmpty() ? "" : " with " + String.join(", ", t.optionCodes()))
                    + "; the order waits for one";
            return OrderView.of(Versions.stored(o));
        }
        o.status = OrderStatus.ALLOCATED;
        o.vin = car.vin();
        o.vehicleId = car.vehicleId();
        o.allocatedAt = Instant.now(clock);
        o.allocationNote = null;
        return OrderView.of(Versions.stored(o));
    }

    @POST
    @Path("{id}/pdi")
    @Transactional
    @RolesAllowed({ Roles.MANAGER, Roles.ADMIN })
    @IfMatch
    @Operation(operationId = "recordOrderInspection",
            summary = "Record the pre-delivery inspection; when every item passes, ALLOCATED → PDI_PASSED")
    public OrderView inspect(@PathParam("id") UUID id, @Valid @NotNull PdiRequest request) {
        for (PdiItem item : PdiItem.values()) {
            if (!request.items().containsKey(item)) {
                throw ProblemException.invalid("items." + item, "required", "every PDI item must be reported");
            }
        }
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.status.require(OrderStatus.ALLOCATED, "inspect");
        boolean passed = request.items().values().stream().allMatch(Boolean::booleanValue);
        Instant now = Instant.now(clock);
        o.pdi = new SalesOrder.PdiRecord(new EnumMap<>(request.items()), passed, request.note(), staff.id(), now);
        if (passed) {
            o.status = OrderStatus.PDI_PASSED;
            o.pdiPassedAt = now;
        }
        return OrderView.of(Versions.stored(o));
    }

    @POST
    @Path("{id}/delivery")
    @Transactional
    @IfMatch
    @Operation(operationId = "deliverOrder",
            summary = "Hand the car over with the checklist ticked (PDI_PASSED → DELIVERED)")
    public OrderView deliver(@PathParam("id") UUID id, @Valid @NotNull DeliveryRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        o.status.require(OrderStatus.PDI_PASSED, "deliver");
        List<String> missing = request.handover().unticked();
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable("handover." + missing.get(0), "ticked",
                    "The handover checklist is not complete: " + String.join(", ", missing));
        }
        o.status = OrderStatus.DELIVERED;
        o.handover = request.handover();
        o.deliveredBy = staff.id();
        o.deliveredAt = Instant.now(clock);
        stock.delivered(staff.dealerId(), o.vehicleId, o.id);
        events.delivered(o, staff.dealerId());
        return OrderView.of(Versions.stored(o));
    }

    @POST
    @Path("{id}/cancellation")
    @Transactional
    @IfMatch
    @Operation(operationId = "cancelOrder",
            summary = "Cancel before delivery with a reason; the deposit refund is recorded and the car goes back to stock")
    public OrderView cancel(@PathParam("id") UUID id, @Valid @NotNull CancelRequest request) {
        SalesOrder o = visible(id);
        Preconditions.check(o.version);
        if (!o.status.cancellable()) {
            throw ProblemException.conflict("Cannot cancel an order that is " + o.status);
        }
        BigDecimal paid = o.depositPaid == null ? BigDecimal.ZERO.setScale(2) : o.depositPaid;
        BigDecimal refund = request.refundAmount() != null ? request.refundAmount() : paid;
        if (refund.compareTo(paid) > 0) {
            throw ProblemException.unprocessable("refundAmount", "notAboveDeposit",
                    "The refund must not be above the deposit paid (" + paid + ")");
        }
        o.previousState = o.status.name();
        o.status = OrderStatus.CANCELLED;
        o.cancelReason = request.reason();
        o.refundAmount = refund;
        o.cancelledBy = staff.id();
        o.cancelledAt = Instant.now(clock);
        if (o.vehicleId != null) {
            stock.release(staff.dealerId(), o.vehicleId, o.id);
        }
        events.cancelled(o, staff.dealerId());
        return OrderView.of(Versions.stored(o));
    }

    private SalesOrder visible(UUID id) {
        SalesOrder o = SalesOrder.findById(id);
        if (o == null) {
            throw ProblemException.notFound("Order");
        }
        staff.requireOwnerOrManager(o.consultantId, "Order");
        return o;
    }
}
