package dev.showroom.aftersales.loyalty;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.customer.CustomerAccess;
import dev.showroom.aftersales.loyalty.CustomerClass.Loyalty;
import dev.showroom.aftersales.loyalty.CustomerClass.Value;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Sorts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/customer-classes")
@Tag(name = "Customer classes", description = "Value and loyalty classes of the customers with a car delivered")
@RolesAllowed({Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
public class CustomerClassResource {

    public record ClassedCustomer(
            UUID leadId,
            String customerName,
            String customerPhone,
            String consultantId,
            String model,
            String orderNumber,
            Instant deliveredAt,
            Value value,
            Loyalty loyalty,
            List<String> reasons,
            Instant classifiedAt) {}

    public record Cell(Value value, Loyalty loyalty, long customers) {}

    public record Summary(String dealerId, long customers, List<Cell> cells) {}

    @Inject
    CurrentStaff staff;

    @Inject
    CustomerAccess access;

    @Inject
    EntityManager em;

    @GET
    @Operation(
            operationId = "listCustomerClasses",
            summary = "Customers with a car delivered and their value and loyalty classes, the latest classified "
                    + "first: ?loyalty=AT_RISK is customer care's list of calls to make; ?value, ?consultantId; a "
                    + "consultant sees their own customers")
    @Sortable(
            value = {"classifiedAt", "deliveredAt"},
            byDefault = "-classifiedAt")
    public Page<ClassedCustomer> list(
            @QueryParam("value") String valueParam,
            @QueryParam("loyalty") String loyaltyParam,
            @QueryParam("consultantId") String consultantId,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        Value value = QueryParams.enumOf(Value.class, valueParam, "value");
        Loyalty loyalty = QueryParams.enumOf(Loyalty.class, loyaltyParam, "loyalty");
        Filters f = new Filters()
                .andIf(true, "loyaltyClass is not null and erasedAt is null")
                .and("valueClass = :value", "value", value == null ? null : value.name())
                .and("loyaltyClass = :loyalty", "loyalty", loyalty == null ? null : loyalty.name())
                .andIf(access.seesOnlyOwn(), "consultantId = :me", "me", staff.id())
                .andIf(!access.seesOnlyOwn() && consultantId != null, "consultantId = :c", "c", consultantId);
        var found = Customer.<Customer>find(f.query(), Sorts.of(sort, "leadId"), f.params());
        List<ClassedCustomer> items = found.page(page.page, page.size).list().stream()
                .map(CustomerClassResource::view)
                .toList();
        return Page.of(items, page, found.count());
    }

    @GET
    @Path("summary")
    @RolesAllowed({Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getCustomerClassSummary",
            summary = "How many customers are in each value and loyalty class (every cell, empty ones at 0)")
    public Summary summary() {
        List<?> rows = em.createNativeQuery("select value_class, loyalty_class, count(*) from customer "
                        + "where dealer_id = ?1 and loyalty_class is not null and erased_at is null "
                        + "group by value_class, loyalty_class")
                .setParameter(1, staff.dealerId())
                .getResultList();
        List<Cell> cells = new ArrayList<>();
        long total = 0;
        for (Value v : Value.values()) {
            for (Loyalty l : Loyalty.values()) {
                long n = rows.stream()
                        .map(r -> (Object[]) r)
                        .filter(r -> v.name().equals(r[0]) && l.name().equals(r[1]))
                        .mapToLong(r -> ((Number) r[2]).longValue())
                        .sum();
                cells.add(new Cell(v, l, n));
                total += n;
            }
        }
        return new Summary(staff.dealerId(), total, cells);
    }

    static ClassedCustomer view(Customer c) {
        return new ClassedCustomer(
                c.leadId,
                c.name,
                c.phone,
                c.consultantId,
                c.model,
                c.orderNumber,
                c.deliveredAt,
                Value.valueOf(c.valueClass),
                Loyalty.valueOf(c.loyaltyClass),
                c.classReasons == null || c.classReasons.isEmpty()
                        ? List.of()
                        : Arrays.asList(c.classReasons.split(",")),
                c.classifiedAt);
    }
}
