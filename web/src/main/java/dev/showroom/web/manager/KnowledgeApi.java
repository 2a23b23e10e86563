package dev.showroom.web.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** order-service's catalogue models and their product knowledge (step 5), as the signed-in manager. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/catalogue/models")
public interface KnowledgeApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(String code, String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Model(String code, String name, List<Item> trims) {
        public List<Item> trims() {
            return trims == null ? List.of() : trims;
        }
    }

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
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Knowledge(
            String modelCode,
            String usp,
            List<SellingPoint> sellingPoints,
            List<Competitor> competitors,
            String updatedBy,
            Instant updatedAt,
            long version) {
        public List<SellingPoint> sellingPoints() {
            return sellingPoints == null ? List.of() : sellingPoints;
        }

        public List<Competitor> competitors() {
            return competitors == null ? List.of() : competitors;
        }
    }

    @GET
    Paged<Model> models(@QueryParam("size") int size);

    @GET
    @Path("{code}/product-knowledge")
    Knowledge knowledge(@PathParam("code") String code);

    /** ifMatch: the version the form showed, as an ETag ({@code "3"}); a stale one is 412. */
    @PUT
    @Path("{code}/product-knowledge")
    Knowledge replace(
            @PathParam("code") String code, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);
}
