package dev.showroom.web.manager;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** aftersales-service's lost-customer surveys: what the customers of confirmed defeats said. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/surveys/lost-customers")
public interface LostCustomersApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Rating(String questionCode, long answers, BigDecimal mean) {}

    /** One answered survey's words by question code (WHY_ELSEWHERE, WHAT_COULD_WE_HAVE_DONE). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Answered(
            String surveyId, String leadId, String customerName, Instant completedAt, Map<String, String> texts) {
        public Map<String, String> texts() {
            return texts == null ? Map.of() : texts;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Summary(String from, String to, long sent, long answered, List<Rating> ratings, List<Answered> latest) {
        public List<Rating> ratings() {
            return ratings == null ? List.of() : ratings;
        }

        public List<Answered> latest() {
            return latest == null ? List.of() : latest;
        }
    }

    @GET
    Summary summary(@QueryParam("from") String from, @QueryParam("to") String to);
}
