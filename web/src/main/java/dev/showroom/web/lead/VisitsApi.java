package dev.showroom.web.lead;

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

/** visit-service's calls, walk-ins and appointments of a lead or a day, as the signed-in user. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface VisitsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Visit(
            String id,
            String kind,
            String leadId,
            String consultantId,
            Instant occurredAt,
            Instant arrivalAt,
            Integer partySize,
            List<Checkpoint> checkpoints,
            List<String> modelsPresented,
            String outcome,
            Instant appointmentAt) {

        public long met() {
            return checkpoints == null
                    ? 0
                    : checkpoints.stream().filter(Checkpoint::met).count();
        }

        public int checks() {
            return checkpoints == null ? 0 : checkpoints.size();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Checkpoint(String code, boolean met) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Appointment(
            String id,
            String leadId,
            String consultantId,
            String status,
            Instant scheduledAt,
            String purpose,
            String note) {}

    @GET
    @Path("visits")
    Paged<Visit> visits(@QueryParam("leadId") String leadId, @QueryParam("size") int size);

    @GET
    @Path("appointments")
    Paged<Appointment> appointments(
            @QueryParam("leadId") String leadId,
            @QueryParam("date") String date,
            @QueryParam("page") int page,
            @QueryParam("size") int size);

    @GET
    @Path("appointments")
    Paged<Appointment> byStatus(
            @QueryParam("status") String status, @QueryParam("page") int page, @QueryParam("size") int size);
}
