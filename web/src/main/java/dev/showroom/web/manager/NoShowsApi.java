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

/** visit-service's no-shows per consultant: a reminded customer who does not come is a no-show. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/appointments/no-shows")
public interface NoShowsApi {

    /** One consultant's appointments booked for the period (consultantId null: the total, or none assigned). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(
            String consultantId,
            long booked,
            long reminded,
            long attended,
            long noShows,
            long remindedNoShows,
            long cancelled,
            BigDecimal noShowRate) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Report(String from, String to, String timeZone, Row total, List<Row> consultants) {
        public List<Row> consultants() {
            return consultants == null ? List.of() : consultants;
        }
    }

    @GET
    Report noShows(@QueryParam("from") String from, @QueryParam("to") String to);
}
