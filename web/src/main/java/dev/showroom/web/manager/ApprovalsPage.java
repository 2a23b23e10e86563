package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.lead.LeadApi;
import dev.showroom.web.quote.QuotesApi.Quote;
import dev.showroom.web.sales.Body;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The manager's approvals inbox: the quotes whose discount is above the consultant's limit, oldest question
 * first, each with the figures a decision needs and one form to approve or refuse it with a note (order-service
 * wants the reason of a refusal: its 400 comes back beside the note). A quote another manager decided meanwhile
 * (409), or that changed since the page showed it (412: the decision names the version seen), is said so and the
 * list shows it as it is now.
 */
@Path("/console/manager/approvals")
@Produces(MediaType.TEXT_HTML)
public class ApprovalsPage {

    /** A waiting quote, the customer's name and the discount as a share of the list price. */
    public record Waiting(Quote quote, String customer, BigDecimal discountShare, BigDecimal limitShare) {}

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance approvals(
                List<Waiting> waiting, long total, String done, String failedId, Typed typed, FieldErrors errors);
    }

    static final int SHOWN = 50;

    @Inject
    @RestClient
    ApprovalsApi approvals;

    @Inject
    @RestClient
    LeadApi leads;

    @GET
    public TemplateInstance show(@QueryParam("done") String done) {
        return page(done, null, Typed.none(), FieldErrors.none());
    }

    @POST
    @Path("{id}")
    public Response decide(
            @PathParam("id") String id, @RestForm String decision, @RestForm String note, @RestForm String version) {
        try {
            approvals.decide(
                    id,
                    "\"" + version + "\"",
                    Body.of().required("decision", decision).put("note", note).map());
        } catch (GatewayProblem problem) {
            if (problem.status() == 409 || problem.status() == 412) {
                return Response.status(problem.status())
                        .entity(page("conflict", null, Typed.none(), FieldErrors.none()))
                        .build();
            }
            if (!problem.validation()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(null, id, Typed.of("note", note), FieldErrors.of(problem)))
                    .build();
        }
        return Response.seeOther(URI.create(
                        "/console/manager/approvals?done=" + ("REJECTED".equals(decision) ? "rejected" : "approved")))
                .build();
    }

    private TemplateInstance page(String done, String failedId, Typed typed, FieldErrors errors) {
        var waiting = approvals.withStatus(ApprovalsApi.WAITING, SHOWN);
        List<Waiting> rows = waiting.items().stream()
                .sorted(Comparator.comparing(Quote::createdAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(q -> new Waiting(
                        q,
                        customer(q.leadId()),
                        share(q.discount(), q.listPrice()),
                        share(q.discountLimit(), q.listPrice())))
                .toList();
        return Templates.approvals(rows, waiting.total(), done, failedId, typed, errors);
    }

    /** The customer's name; a lead the manager cannot read (erased, gone) leaves the name out, not the quote. */
    private String customer(String leadId) {
        try {
            return leads.lead(leadId).name();
        } catch (GatewayProblem problem) {
            if (problem.status() >= 500) {
                throw problem;
            }
            return "";
        }
    }

    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}
