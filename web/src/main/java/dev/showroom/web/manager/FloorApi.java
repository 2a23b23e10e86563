package dev.showroom.web.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * visit-service's pre-sales preparation during the day (process step 2): spot checks of the walk-around, the
 * etiquette and appearance scorecard, the morning and evening meeting log.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface FloorApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SpotCheck(
            String id,
            String date,
            Instant checkedAt,
            String checkedBy,
            String area,
            String itemCode,
            String label,
            boolean passed,
            String note,
            String ownerId,
            boolean actionOpen) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Scores(int appearance, int posture, int handshake, int businessCard, int tone) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Score(
            String id,
            String consultantId,
            String date,
            Instant scoredAt,
            Scores scores,
            BigDecimal mean,
            String note,
            String scoredBy) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ConsultantFigures(
            String consultantId, int scores, Map<String, BigDecimal> byItem, BigDecimal overall, String weakest) {
        /** The mean of one item (APPEARANCE…), or null. */
        public BigDecimal item(String item) {
            return byItem == null ? null : byItem.get(item);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Scorecard(String from, String to, List<ConsultantFigures> byConsultant) {
        public List<ConsultantFigures> byConsultant() {
            return byConsultant == null ? List.of() : byConsultant;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Meeting(
            String id,
            String kind,
            String date,
            List<String> rota,
            List<String> attendees,
            String stockNews,
            String promotions,
            String yesterdayResults,
            String todayPlan,
            String note,
            String heldBy,
            long version) {}

    @GET
    @Path("checklists/spot-checks")
    Paged<SpotCheck> spotChecks(@QueryParam("date") String date, @QueryParam("size") int size);

    /** {@code {area?, itemCode, passed, note?, ownerId (a failure's)}}. */
    @POST
    @Path("checklists/spot-checks")
    void spotCheck(@HeaderParam("Idempotency-Key") String key, Map<String, Object> body);

    @GET
    @Path("etiquette-scores/summary")
    Scorecard scorecard(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("etiquette-scores")
    Paged<Score> scores(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("size") int size);

    /** {@code {consultantId, scores: {appearance, posture, handshake, businessCard, tone}, note?}}. */
    @POST
    @Path("etiquette-scores")
    void score(@HeaderParam("Idempotency-Key") String key, Map<String, Object> body);

    @GET
    @Path("meetings")
    Paged<Meeting> meetings(@QueryParam("from") String from, @QueryParam("size") int size);

    @POST
    @Path("meetings")
    void meeting(@HeaderParam("Idempotency-Key") String key, Map<String, Object> body);

    @PUT
    @Path("meetings/{id}")
    void reviseMeeting(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);
}
