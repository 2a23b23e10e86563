package dev.showroom.order.status;

import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.ProblemMappers;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.tenancy.DealerContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Where is my car": the gateway's public endpoint asks with the order number and the last four digits of
 * the customer's phone. A wrong number and a wrong phone get the same 404, so the endpoint cannot be used
 * to find out which order numbers exist. The order number names its dealer, so the lookup spans dealers
 * (native SQL) and answers only the state and the expected delivery date, never personal data. Wrong
 * answers are counted per order number ({@link StatusAttempts}); a locked number gets 429 with Retry-After,
 * even with the right digits.
 */
@Path("/api/v1/public/order-status")
@Tag(
        name = "For the gateway",
        description = "Called only by the gateway's public endpoints, with its service token; not routed to clients")
public class OrderStatusResource {

    public record StatusRequest(
            @NotBlank @Size(max = 40) String orderNumber,
            @NotBlank @Pattern(regexp = "[0-9]{4}") String phoneLast4) {}

    public record StatusView(String orderNumber, String status, LocalDate expectedDeliveryDate) {}

    @Inject
    EntityManager em;

    @Inject
    StatusAttempts attempts;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(
            operationId = "checkOrderStatus",
            summary =
                    "The state and expected delivery date of an order, for its customer (order number + phone's last 4 digits)")
    @APIResponse(
            responseCode = "200",
            description = "The order's state",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = StatusView.class)))
    @APIResponse(
            responseCode = "429",
            description = "Too many wrong answers for this order number: locked for a while (Retry-After)")
    public Response status(@Valid @NotNull StatusRequest request) {
        String number = request.orderNumber().trim();
        long locked = attempts.lockedForSeconds(number, clock.instant());
        if (locked > 0) {
            return Response.fromResponse(ProblemMappers.problem(
                            429,
                            "too-many-attempts",
                            "Too many attempts",
                            "Too many wrong answers for this order number; try again in " + locked + " s",
                            "/api/v1/public/order-status",
                            null))
                    .header("Retry-After", locked)
                    .build();
        }
        StatusView view = find(number, request.phoneLast4());
        if (view == null) {
            attempts.failed(number, clock.instant());
            throw ProblemException.notFound("Order");
        }
        attempts.succeeded(number);
        return Response.ok(view).build();
    }

    private StatusView find(String number, String phoneLast4) {
        return DealerContext.withoutDealer(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select o.order_number, o.status, o.expected_delivery_date "
                            + "from sales_order o join customer c on c.lead_id = o.lead_id and c.dealer_id = o.dealer_id "
                            + "where o.order_number = ?1 and c.phone is not null and right(c.phone, 4) = ?2")
                    .setParameter(1, number)
                    .setParameter(2, phoneLast4)
                    .getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] row = rows.get(0);
            Object date = row[2];
            LocalDate expected = date instanceof Date d ? d.toLocalDate() : (LocalDate) date;
            return new StatusView((String) row[0], (String) row[1], expected);
        });
    }
}
