package dev.showroom.web.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** lead-service's manager alerts and the lead response times, as the signed-in manager. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface AlertsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Alert(
            String id,
            String kind,
            String leadId,
            String leadName,
            String consultantId,
            String reassignedTo,
            Instant dueAt,
            Instant raisedAt,
            boolean acknowledged,
            long version) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResponseRow(
            String key,
            long leads,
            long contacted,
            long waiting,
            long withinLimit,
            long late,
            Long averageMinutes,
            Long medianMinutes) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ResponseTimes(String from, String to, int limitMinutes, ResponseRow total, List<ResponseRow> rows) {
        public List<ResponseRow> rows() {
            return rows == null ? List.of() : rows;
        }
    }

    @GET
    @Path("lead-alerts")
    Paged<Alert> alerts(
            @QueryParam("acknowledged") Boolean acknowledged,
            @QueryParam("sort") String sort,
            @QueryParam("size") int size);

    @POST
    @Path("lead-alerts/{id}/acknowledgement")
    Alert acknowledge(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("leads/response-times")
    ResponseTimes responseTimes(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy);
}
