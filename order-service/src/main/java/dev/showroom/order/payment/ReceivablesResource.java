package dev.showroom.order.payment;

import dev.showroom.order.customer.Customer;
import dev.showroom.order.orders.OrderStatus;
import dev.showroom.order.orders.SalesOrder;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The manager's receivables: who owes what, since when (docs/process.md, step 9). */
@Path("/api/v1/orders/receivables")
@Tag(name = "Orders")
public class ReceivablesResource {

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getReceivables",
            summary = "Every signed order of the dealer that still owes, oldest first, with its age since the "
                    + "signature, the sums per ageing bucket (0-30, 31-60, 61-90, over 90 days) and per consultant")
    public Receivables.Report report() {
        String dealer = staff.dealerId();
        ZoneId zone = profiles.zone(dealer);
        List<SalesOrder> orders = SalesOrder.list(
                "status not in ?1 and signedAt is not null "
                        + "and total - coalesce(depositPaid, 0) - settlement.paidTotal > 0",
                List.of(OrderStatus.DRAFT, OrderStatus.CANCELLED));
        Map<UUID, Customer> customers =
                Customer.byLeads(orders.stream().map(o -> o.leadId).toList());
        List<Receivables.Owing> owing = orders.stream()
                .map(o -> {
                    Customer c = customers.get(o.leadId);
                    BalanceView b = BalanceView.of(o);
                    return new Receivables.Owing(
                            o.id.toString(),
                            o.orderNumber,
                            o.leadId.toString(),
                            c == null ? null : c.name,
                            o.consultantId,
                            o.status.name(),
                            o.currency,
                            o.total,
                            b.paid(),
                            b.balanceOwed(),
                            o.signedAt.atZone(zone).toLocalDate(),
                            b.plan(),
                            o.settlement.loanStatus,
                            o.settlement.loanAmount,
                            o.settlement.releasedAt != null,
                            o.settlement.lastPaidAt);
                })
                .toList();
        return Receivables.of(owing, profiles.today(dealer), profiles.currency(dealer));
    }
}
