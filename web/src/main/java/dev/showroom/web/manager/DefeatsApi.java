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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** lead-service's defeats, their review and the defeat and objection reports, as the signed-in manager. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface DefeatsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ObjectionSummary(String id, String category, String context, String genuine, boolean resolved) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Defeat(
            String id,
            String leadId,
            String leadName,
            String consultantId,
            String channel,
            String model,
            String reason,
            String objection,
            String competitorBrand,
            String competitorModel,
            String stageReached,
            String note,
            Instant defeatedAt,
            String review,
            List<ObjectionSummary> lastObjections,
            long version) {
        public List<ObjectionSummary> lastObjections() {
            return lastObjections == null ? List.of() : lastObjections;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DefeatRow(String key, long defeats, long confirmed, long reopened, long pending, BigDecimal share) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DefeatReport(String from, String to, long total, List<DefeatRow> rows) {
        public List<DefeatRow> rows() {
            return rows == null ? List.of() : rows;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ObjectionRow(
            String key,
            long raised,
            long resolved,
            long trueObjections,
            long pretexts,
            long committed,
            long beforeDefeat,
            BigDecimal resolvedShare) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ObjectionReport(String from, String to, long total, List<ObjectionRow> rows) {
        public List<ObjectionRow> rows() {
            return rows == null ? List.of() : rows;
        }
    }

    /** Oldest first. */
    @GET
    @Path("defeats")
    Paged<Defeat> defeats(@QueryParam("review") String review, @QueryParam("size") int size);

    /** ifMatch: the defeat's version as the page showed it, as an ETag ({@code "3"}); required, a stale one is 412. */
    @POST
    @Path("defeats/{id}/review")
    Defeat review(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @GET
    @Path("funnel/defeats")
    DefeatReport defeatReport(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record OpenObjections(long total) {}

    /** The objections not resolved yet on the dealer's leads in play (the dashboard's figure). */
    @GET
    @Path("funnel/objections/open")
    OpenObjections openObjections();

    @GET
    @Path("funnel/objections")
    ObjectionReport objectionReport(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy);
}
