package dev.showroom.web.presentation;

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

/**
 * Step 5 (product presentation): order-service's product knowledge of a model (what a consultant presents: the
 * USP, the selling points as feature, advantage, benefit with their use scenes, the comparison with named
 * competitor models) and visit-service's presentations and their report.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface PresentationsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SellingPoint(
            String id, String trimCode, String feature, String advantage, String benefit, List<String> scenes) {
        public List<String> scenes() {
            return scenes == null ? List.of() : scenes;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Competitor(String competitorModel, List<String> strengths, List<String> weaknesses) {
        public List<String> strengths() {
            return strengths == null ? List.of() : strengths;
        }

        public List<String> weaknesses() {
            return weaknesses == null ? List.of() : weaknesses;
        }

        /** Our strength beside their weakness, row by row (seed 002: our three strengths against their three weaknesses). */
        public List<List<String>> pairs() {
            int n = Math.max(strengths().size(), weaknesses().size());
            List<List<String>> rows = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                rows.add(List.of(
                        i < strengths().size() ? strengths().get(i) : "",
                        i < weaknesses().size() ? weaknesses().get(i) : ""));
            }
            return rows;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Knowledge(String modelCode, String usp, List<SellingPoint> sellingPoints, List<Competitor> competitors) {
        public List<SellingPoint> sellingPoints() {
            return sellingPoints == null ? List.of() : sellingPoints;
        }

        public List<Competitor> competitors() {
            return competitors == null ? List.of() : competitors;
        }

        /** The selling points as the form's rows: the row's index (its checkboxes' value) and its need's field. */
        public List<PointRow> rows() {
            List<PointRow> rows = new java.util.ArrayList<>();
            for (int i = 0; i < sellingPoints().size(); i++) {
                rows.add(new PointRow(
                        String.valueOf(i), "need-" + i, sellingPoints().get(i)));
            }
            return rows;
        }

        public boolean empty() {
            return sellingPoints().isEmpty() && competitors().isEmpty() && (usp == null || usp.isBlank());
        }
    }

    /** A selling point as a row of the presentation form. */
    record PointRow(String index, String needKey, SellingPoint point) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Point(String sellingPointId, String feature, boolean reacted, String need) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Checkpoint(String code, boolean met) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Presentation(
            String id,
            String leadId,
            String consultantId,
            String modelCode,
            String trimCode,
            List<Point> points,
            int pointsReactedTo,
            String competitorAsked,
            List<Checkpoint> checkpoints,
            Instant presentedAt) {
        public List<Point> points() {
            return points == null ? List.of() : points;
        }

        public List<Checkpoint> checkpoints() {
            return checkpoints == null ? List.of() : checkpoints;
        }

        public long checkpointsMet() {
            return checkpoints().stream().filter(Checkpoint::met).count();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Figures(
            long presentations,
            long pointsCovered,
            long pointsReactedTo,
            long competitorAsked,
            long testDriven,
            BigDecimal presentationToTestDrive,
            long quoted,
            BigDecimal presentationToQuote,
            BigDecimal testDriveToQuote) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Group(String consultantId, String modelCode, Figures figures) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Report(
            String from,
            String to,
            Figures total,
            List<Group> byConsultant,
            List<Group> byModel,
            List<Group> byConsultantAndModel) {}

    @GET
    @Path("catalogue/models/{code}/product-knowledge")
    Knowledge knowledge(@PathParam("code") String modelCode);

    /** {@code {leadId, needsAnalysisId?, modelCode, points: [{sellingPointId?, feature, reacted, need?}], competitorAsked?, checkpoints}}. */
    @POST
    @Path("presentations")
    Presentation record(Map<String, Object> body, @HeaderParam("Idempotency-Key") String idempotencyKey);

    @GET
    @Path("presentations")
    Paged<Presentation> ofLead(@QueryParam("leadId") String leadId, @QueryParam("size") int size);

    @GET
    @Path("presentations/report")
    Report report(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("consultantId") String consultantId);
}
