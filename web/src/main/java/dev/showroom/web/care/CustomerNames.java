package dev.showroom.web.care;

import dev.showroom.web.gateway.GatewayProblem;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The names of customers a survey or a referral names only by lead: customer care may not read lead-service,
 * so the name comes from after-sales' own copy, as its call-backs carry it. A customer after-sales holds no
 * call-back for (no delivery yet) stays unnamed; the page then says "customer" with the lead's short id.
 */
@RequestScoped
public class CustomerNames {

    @Inject
    @RestClient
    CareApi care;

    private final Map<String, String> known = new HashMap<>();

    public Map<String, String> of(Collection<String> leadIds) {
        leadIds.forEach(this::of);
        return known;
    }

    public String of(String leadId) {
        if (leadId == null) {
            return "";
        }
        return known.computeIfAbsent(leadId, id -> {
            try {
                var calls = care.followUps(null, null, id, 0, 1).items();
                return calls.isEmpty() || calls.get(0).customerName() == null
                        ? ""
                        : calls.get(0).customerName();
            } catch (GatewayProblem problem) {
                return "";
            }
        });
    }
}
