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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** lead-service's campaigns (marketing events) and their report, as the signed-in manager. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/campaigns")
public interface CampaignsApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Campaign(
            String id,
            String name,
            String channel,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal budget,
            String currency,
            String note,
            long version) {

        /** No campaign yet: the new campaign's form. */
        static final Campaign NONE = new Campaign(null, null, null, null, null, null, null, null, 0);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Cost(BigDecimal perLead, BigDecimal perTestDrive, BigDecimal perOrder) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Figures(
            String campaignId,
            String name,
            String channel,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal budget,
            long leads,
            long visited,
            long testDriven,
            long quoted,
            long ordered,
            Cost cost) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Report(String from, String to, String currency, List<Figures> campaigns) {
        public List<Figures> campaigns() {
            return campaigns == null ? List.of() : campaigns;
        }
    }

    @GET
    Paged<Campaign> list(@QueryParam("sort") String sort, @QueryParam("page") int page, @QueryParam("size") int size);

    /** The campaigns running on a day (the reception's forms offer them). */
    @GET
    Paged<Campaign> runningOn(@QueryParam("runningOn") String day, @QueryParam("size") int size);

    @GET
    @Path("{id}")
    Campaign campaign(@PathParam("id") String id);

    @POST
    Campaign create(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> body);

    /** ifMatch: the campaign's version as an ETag ({@code "3"}); a stale one is 412. */
    @PUT
    @Path("{id}")
    Campaign update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @GET
    @Path("report")
    Report report(@QueryParam("from") String from, @QueryParam("to") String to);
}
