package dev.showroom.web.care;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** aftersales-service's customer value and loyalty classes, as the signed-in member of staff. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/customer-classes")
public interface ClassesApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Classed(
            String leadId,
            String customerName,
            String consultantId,
            String model,
            String orderNumber,
            Instant deliveredAt,
            String value,
            String loyalty,
            List<String> reasons) {
        public List<String> reasons() {
            return reasons == null ? List.of() : reasons;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cell(String value, String loyalty, long customers) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(long customers, List<Cell> cells) {
        public List<Cell> cells() {
            return cells == null ? List.of() : cells;
        }

        /** The count of one cell, 0 when absent. */
        public long count(String value, String loyalty) {
            return cells().stream()
                    .filter(c -> value.equals(c.value()) && loyalty.equals(c.loyalty()))
                    .mapToLong(Cell::customers)
                    .sum();
        }
    }

    @GET
    Paged<Classed> list(
            @QueryParam("loyalty") String loyalty,
            @QueryParam("value") String value,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("summary")
    Summary summary();
}
