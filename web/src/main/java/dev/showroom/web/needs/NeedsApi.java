package dev.showroom.web.needs;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** visit-service's needs analyses (NEADS + FORM), as the signed-in user. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/needs-analyses")
public interface NeedsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Neads(String nowDriving, String enjoys, String wouldAlter, String decisionMaker, String solutionSought) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Form(
            String family,
            String occupation,
            String recreation,
            BigDecimal budgetMin,
            BigDecimal budgetMax,
            String budgetNote) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Analysis(
            String id,
            String leadId,
            String visitId,
            Neads neads,
            Form form,
            String summary,
            boolean summaryConfirmed,
            String recommendedModel,
            String recommendedTrim,
            Instant confirmedAt,
            Instant createdAt,
            Instant updatedAt,
            long version) {}

    /** Newest first; read with {@code Listing.of(…, Analysis.class)} (a page, or an array before paging). */
    @GET
    JsonNode ofLead(@QueryParam("leadId") String leadId, @QueryParam("size") int size);

    @POST
    Analysis record(Map<String, Object> body);

    /** ifMatch: the analysis's version as an ETag ({@code "3"}); a stale one is 412. */
    @PUT
    @Path("{id}")
    Analysis revise(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);
}
