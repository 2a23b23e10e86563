package dev.showroom.web.reception;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** visit-service through the gateway, as the signed-in user: the front desk's calls, walk-ins, queue of consultants on duty, appointments. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
public interface VisitsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Settings(int answerWithinRings, int answerWithinSeconds) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Duty(String consultantId, int position, boolean busy, int taken) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rota(LocalDate date, List<Duty> onDuty, String next) {
        public List<Duty> onDuty() {
            return onDuty == null ? List.of() : onDuty;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Next(String consultantId, LocalDate date) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Appointment(
            String id, String leadId, String consultantId, String status, Instant scheduledAt, String purpose) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Visit(String id, String kind, String consultantId) {}

    @GET
    @Path("/api/v1/visits/settings")
    Settings settings();

    @GET
    @Path("/api/v1/reception/queue")
    Rota rota();

    @POST
    @Path("/api/v1/reception/queue/next")
    Next takeNext();

    @GET
    @Path("/api/v1/appointments")
    Paged<Appointment> appointments(
            @QueryParam("date") LocalDate date, @QueryParam("status") String status, @QueryParam("size") int size);

    @POST
    @Path("/api/v1/visits/calls")
    Visit recordCall(Map<String, Object> call, @HeaderParam("Idempotency-Key") String idempotencyKey);

    @POST
    @Path("/api/v1/visits/walk-ins")
    Visit recordWalkIn(Map<String, Object> walkIn, @HeaderParam("Idempotency-Key") String idempotencyKey);
}
