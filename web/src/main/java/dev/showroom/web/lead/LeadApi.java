package dev.showroom.web.lead;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.ProblemMapper;
import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.DELETE;
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

/** lead-service's lead, its follow-ups, grade, qualification and defeat, through the gateway as the signed-in user. */
@RegisterRestClient(configKey = "gateway")
@RegisterProvider(ProblemMapper.class)
@AccessToken
@Path("/api/v1/leads")
public interface LeadApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lead(
            String id,
            String name,
            String phone,
            String email,
            String channel,
            String sourceDetail,
            String modelOfInterest,
            BigDecimal budget,
            String purchaseTimeframe,
            String suggestedGrade,
            String notes,
            String consultantId,
            String grade,
            String stage,
            Instant nextFollowUpAt,
            Instant lastFollowUpAt,
            boolean overdue,
            Qualification qualification,
            Defeat defeat,
            String recommendedModel,
            String recommendedTrim,
            boolean priceBeforeValue,
            boolean erased,
            Instant createdAt,
            long version) {

        public boolean defeated() {
            return defeat != null;
        }

        public boolean qualified() {
            return qualification != null && qualification.qualifiedAt() != null;
        }

        /** Ordered (O) and defeated (F) leads are not followed up or regraded. */
        public boolean followedUp() {
            return !"O".equals(grade) && !"F".equals(grade) && !erased;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Qualification(boolean need, boolean means, boolean authority, String note, Instant qualifiedAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Defeat(
            String reason,
            String note,
            Instant defeatedAt,
            String id,
            String objection,
            String competitorBrand,
            String competitorModel,
            String stageReached,
            String review) {}

    /**
     * One of the lead's defeats (lead-service's {@code /api/v1/defeats?leadId=}, the customer 360's {@code defeats}),
     * with the manager's review: who reviewed it and when, and to whom a reopened lead was handed.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record DefeatRecord(
            String id,
            String reason,
            String competitorBrand,
            String competitorModel,
            String objection,
            String stageReached,
            String note,
            String defeatedBy,
            Instant defeatedAt,
            String review,
            String reviewedBy,
            Instant reviewedAt,
            String reassignedTo) {}

    /** An objection of the lead with seed 002's routine (lead-service owns objections at every step). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Objection(
            String id,
            String category,
            String context,
            String stageAt,
            String model,
            boolean objectorDecides,
            String genuine,
            boolean onlyReasonConfirmed,
            String answer,
            boolean commitmentObtained,
            boolean resolved,
            String raisedBy,
            Instant raisedAt,
            long version) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FollowUp(
            String id,
            String consultantId,
            String kind,
            String outcome,
            String nextStep,
            Instant occurredAt,
            Instant nextFollowUpAt) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(String id, String channel, String sourceDetail, String note, Instant occurredAt, String status) {}

    @GET
    @Path("{id}")
    Lead lead(@PathParam("id") String id);

    /** The consultant's own leads (a manager's: the dealer's), newest first; overdue=true: those past their follow-up. */
    @GET
    Paged<Lead> search(
            @QueryParam("overdue") Boolean overdue, @QueryParam("page") int page, @QueryParam("size") int size);

    /** These leads (ids comma-separated, up to 100) as far as the user may see them: to name them in one call. */
    @GET
    Paged<Lead> named(@QueryParam("ids") String ids, @QueryParam("size") int size);

    /** The consultant's own leads (a manager's: the dealer's) whose next follow-up falls on that day of the dealer. */
    @GET
    Paged<Lead> due(@QueryParam("dueOn") String dueOn, @QueryParam("page") int page, @QueryParam("size") int size);

    /** Newest first; read with {@code Listing.of(…, FollowUp.class)} (a page, or an array before paging). */
    @GET
    @Path("{id}/follow-ups")
    JsonNode followUps(@PathParam("id") String id, @QueryParam("size") int size);

    /** Newest first; read with {@code Listing.of(…, Contact.class)}. */
    @GET
    @Path("{id}/contacts")
    JsonNode contacts(@PathParam("id") String id, @QueryParam("size") int size);

    @POST
    @Path("{id}/follow-ups")
    FollowUp recordFollowUp(@PathParam("id") String id, Map<String, Object> body);

    /** ifMatch: the lead's version as the page showed it, as an ETag ({@code "3"}); required, a stale one is 412. */
    @PUT
    @Path("{id}/grade")
    Lead grade(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> body);

    @PUT
    @Path("{id}/qualification")
    Lead qualify(@PathParam("id") String id, Map<String, Object> body);

    @POST
    @Path("{id}/defeat")
    Lead defeat(@PathParam("id") String id, Map<String, Object> body);

    @DELETE
    @Path("{id}/defeat")
    Lead reopen(@PathParam("id") String id);

    /** Newest first. */
    @GET
    @Path("{id}/objections")
    Paged<Objection> objections(@PathParam("id") String id, @QueryParam("size") int size);

    @POST
    @Path("{id}/objections")
    Objection raiseObjection(@PathParam("id") String id, Map<String, Object> body);

    /** ifMatch: the objection's version as the page showed it, as an ETag ({@code "3"}); required, a stale one is 412. */
    @POST
    @Path("{id}/objections/{objectionId}/resolution")
    Objection resolveObjection(
            @PathParam("id") String id,
            @PathParam("objectionId") String objectionId,
            @HeaderParam("If-Match") String ifMatch,
            Map<String, Object> body);
}
