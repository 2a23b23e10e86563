package dev.showroom.web.hq;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import dev.showroom.web.manager.ReportsApi.Figures;
import dev.showroom.web.manager.ReportsApi.Met;
import dev.showroom.web.manager.ReportsApi.Score;
import dev.showroom.web.manager.ReportsApi.StepScore;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** hq's counts across dealers (no people): the funnel, CSI/NPS per step, checkpoint compliance per step. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1")
public interface HqApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DealerFigures(String dealerId, Figures figures) {}

    /** One dealer's defeats of one key (a reason, "brand model", a model, a stage reached); share of its defeats. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DefeatRow(
            String dealerId, String key, long defeats, long confirmed, long reopened, long pending, BigDecimal share) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DefeatReport(String from, String to, String groupBy, long total, List<DefeatRow> rows) {
        public List<DefeatRow> rows() {
            return rows == null ? List.of() : rows;
        }
    }

    /** lead-service's defeats of every dealer grouped by REASON, COMPETITOR, MODEL, STAGE or CHANNEL. */
    @GET
    @Path("funnel/defeats/hq")
    DefeatReport defeats(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("groupBy") String groupBy);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Funnel(String from, String to, String timeZone, Figures total, List<DealerFigures> dealers) {
        public List<DealerFigures> dealers() {
            return dealers == null ? List.of() : dealers;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DealerSatisfaction(String dealerId, Score overall, Met compliance, List<StepScore> steps) {
        public List<StepScore> steps() {
            return steps == null ? List.of() : steps;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Satisfaction(String from, String to, List<DealerSatisfaction> dealers) {
        public List<DealerSatisfaction> dealers() {
            return dealers == null ? List.of() : dealers;
        }
    }

    /** visit-service's share of checkpoints met, per dealer and step (CALL, WALK_IN). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record StepCompliance(String dealerId, String step, long checks, long met, BigDecimal share) {}

    @GET
    @Path("funnel/hq")
    Funnel funnel(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("satisfaction/dealers")
    Satisfaction satisfaction(@QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("compliance/dealers")
    Paged<StepCompliance> compliance(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("size") int size);
}
