package dev.showroom.web.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** lead-service's monthly sales targets, worked back into leads, visits and test drives. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/targets/{consultantId}/{month}")
public interface TargetsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rates(BigDecimal leadToVisit, BigDecimal visitToTestDrive, BigDecimal testDriveToOrder) {}

    /** What the target needs; null where the dealer's rate of the last 90 days is 0 (no way to work it back). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Needed(Long leads, Long visits, Long testDrives, long orders) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Actual(long ordersSigned) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Target(
            String consultantId,
            String month,
            int sales,
            Rates rates,
            Needed needed,
            List<String> arithmetic,
            Actual actual) {
        public List<String> arithmetic() {
            return arithmetic == null ? List.of() : arithmetic;
        }

        /** Orders signed as a share of the target (0..1 and beyond), null for a target of 0. */
        public BigDecimal progress() {
            return sales == 0 || actual == null
                    ? null
                    : BigDecimal.valueOf(actual.ordersSigned())
                            .divide(BigDecimal.valueOf(sales), 4, java.math.RoundingMode.HALF_UP);
        }
    }

    @GET
    Target target(@PathParam("consultantId") String consultantId, @PathParam("month") String month);

    /** {@code {sales}}. */
    @PUT
    Target set(
            @PathParam("consultantId") String consultantId, @PathParam("month") String month, Map<String, Object> body);
}
