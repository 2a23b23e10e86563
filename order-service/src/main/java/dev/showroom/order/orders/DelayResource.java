package dev.showroom.order.orders;

import dev.showroom.order.stock.StockCheck;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The orders late for their delivery (seed 004 §6.6): no car allocated and the expected date within the warning
 * days or past, worked out live; each with when the delay was first announced (order.delayed) and the stock for it
 * now (a car incoming with its ETA, or none).
 */
@Path("/api/v1/orders/delays")
@Tag(
        name = "Orders",
        description = "Orders and contracts: signature, deposit, allocation, PDI, delivery and cancellation")
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class DelayResource {

    /**
     * kind: DUE_SOON or OVERDUE; daysLate: positive past the date, 0 on the day, negative while days are left;
     * stock: the check now (INCOMING with its eta when a car in transit will be this order's); alertedAt: when
     * order.delayed first announced it (null until the check ran).
     */
    public record DelayView(
            UUID orderId,
            String orderNumber,
            UUID leadId,
            String consultantId,
            OrderStatus status,
            String modelName,
            String trimName,
            String colourCode,
            DeliveryMethod deliveryMethod,
            LocalDate expectedDeliveryDate,
            DeliveryDelay kind,
            int daysLate,
            StockCheck stock,
            Instant alertedAt) {}

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    DelayCheck check;

    @GET
    @Transactional
    @Operation(
            operationId = "listOrderDelays",
            summary = "Orders without a car whose expected delivery date is near (within the warning days) or past, "
                    + "the most late first by default; a consultant sees their own")
    @Sortable(
            value = {"expectedDeliveryDate", "orderNumber", "createdAt"},
            byDefault = "expectedDeliveryDate")
    public Page<DelayView> list(@BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        String dealer = staff.dealerId();
        LocalDate today = profiles.today(dealer);
        Filters f = new Filters()
                .and("status in :waiting", "waiting", DelayCheck.WAITING)
                .and("expectedDeliveryDate <= :horizon", "horizon", today.plusDays(check.warnDays()))
                .andIf(staff.seesOnlyOwn(), "consultantId = :me", "me", staff.id());
        var query = SalesOrder.<SalesOrder>find(f.query() + " and vin is null", Sorts.of(sort, "id"), f.params());
        return Pages.of(query, page, o -> view(o, dealer, today));
    }

    private DelayView view(SalesOrder o, String dealer, LocalDate today) {
        OrderDelay first = OrderDelay.find(
                        "orderId = ?1 and expectedDeliveryDate = ?2 order by detectedAt", o.id, o.expectedDeliveryDate)
                .firstResult();
        return new DelayView(
                o.id,
                o.orderNumber,
                o.leadId,
                o.consultantId,
                o.status,
                o.terms.modelName(),
                o.terms.trimName(),
                o.terms.colourCode(),
                o.deliveryMethod,
                o.expectedDeliveryDate,
                DeliveryDelay.of(o.status, o.vin, o.expectedDeliveryDate, today, check.warnDays()),
                DeliveryDelay.daysLate(o.expectedDeliveryDate, today),
                check.check(dealer, o, today),
                first == null ? null : first.detectedAt);
    }
}
