package dev.showroom.web.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** aftersales-service's referral conversion report (seed 002: ask for referrals from the signature on). */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/referrals/conversion")
public interface ReferralsApi {

    /** The people referred in the period and how far they came: lead, walk-in, signed order. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Conversion(
            long referrals,
            long appointments,
            long leads,
            long visited,
            long ordered,
            BigDecimal referralToLead,
            BigDecimal leadToVisit,
            BigDecimal visitToOrder,
            BigDecimal referralToOrder) {}

    /** The referral checkpoint on one occasion: SIGNING, or CALL on day dayOffset after delivery. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ask(String occasion, Integer dayOffset, long asked, long missed, BigDecimal rate) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConsultantRow(String consultantId, long asked, long asks, Conversion conversion) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReferrerRow(String referrerLeadId, String referrerName, String consultantId, Conversion conversion) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Report(
            String from,
            String to,
            List<Ask> asks,
            Conversion total,
            List<ConsultantRow> consultants,
            List<ReferrerRow> referrers) {
        public List<Ask> asks() {
            return asks == null ? List.of() : asks;
        }

        public List<ConsultantRow> consultants() {
            return consultants == null ? List.of() : consultants;
        }

        public List<ReferrerRow> referrers() {
            return referrers == null ? List.of() : referrers;
        }
    }

    @GET
    Report conversion(@QueryParam("from") String from, @QueryParam("to") String to);
}
