package dev.showroom.aftersales.customer;

import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Whose customers the caller may work with: a consultant (without customer care) only their own, as the
 * local copy of the customer names them; customer care, managers and admins the dealer's. A missing copy
 * denies, and nothing here makes the caller anybody's owner. The one place the rule lives.
 */
@RequestScoped
public class CustomerAccess {

    /** JPQL: the lead column named by {@code %s} is one of the caller's customers (parameter {@code :me}). */
    public static final String OWN_LEAD = "%s in (select o.leadId from Customer o where o.consultantId = :me)";

    @Inject
    CurrentStaff staff;

    /** True for a consultant, who reaches only their own customers. */
    public boolean seesOnlyOwn() {
        return staff.seesOnlyOwn() && !staff.has(Roles.CUSTOMER_CARE);
    }

    /** True when the caller may work with this customer (false for a consultant when the copy is missing). */
    public boolean mayWorkWith(UUID leadId) {
        if (!seesOnlyOwn()) {
            return true;
        }
        Customer c = leadId == null ? null : Customer.byLead(leadId);
        return c != null && staff.id().equals(c.consultantId);
    }

    /** 404 Customer unless the caller may work with this customer (another consultant's is not revealed). */
    public void requireMayWorkWith(UUID leadId) {
        if (!mayWorkWith(leadId)) {
            throw ProblemException.notFound("Customer");
        }
    }
}
