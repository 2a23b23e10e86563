package dev.showroom.web.lead;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Problem;
import dev.showroom.web.sales.Samples;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Test only: the lead page rendered with sample answers (SalesPagesRenderTest). */
@Path("/test-render/lead")
@Produces(MediaType.TEXT_HTML)
public class RenderLead {

    @GET
    @Path("delivered")
    public TemplateInstance delivered() {
        return LeadPage.Templates.lead(
                Samples.story(false),
                LeadPage.Sent.nothing(),
                "followUp",
                LeadPage.KINDS,
                LeadPage.GRADES,
                LeadPage.REASONS,
                List.of(),
                LeadPage.CHOICES,
                List.of(),
                LeadPage.TIMEFRAMES,
                List.of());
    }

    /** A customer who ordered: lead-service refuses a defeat (409), so the page offers none. */
    @GET
    @Path("ordered")
    public TemplateInstance ordered() {
        return LeadPage.Templates.lead(
                Samples.story("O", false),
                LeadPage.Sent.nothing(),
                null,
                LeadPage.KINDS,
                LeadPage.GRADES,
                LeadPage.REASONS,
                List.of(),
                LeadPage.CHOICES,
                List.of(),
                LeadPage.TIMEFRAMES,
                List.of());
    }

    @GET
    @Path("defeated-with-errors")
    public TemplateInstance defeated() {
        return LeadPage.Templates.lead(
                Samples.story(true),
                new LeadPage.Sent("reopen", FieldErrors.none().add("grade", "nope"), Typed.of("note", "x")),
                null,
                LeadPage.KINDS,
                LeadPage.GRADES,
                LeadPage.REASONS,
                List.of("order-service"),
                LeadPage.CHOICES,
                List.of(new LeadApi.Objection(
                        "o-1",
                        "PRICE",
                        "NEGOTIATION",
                        "QUOTED",
                        "Aurora S",
                        true,
                        "TRUE_OBJECTION",
                        true,
                        "Financing at 0 %",
                        false,
                        false,
                        "li.wei",
                        java.time.Instant.parse("2026-11-20T03:00:00Z"),
                        0)),
                LeadPage.TIMEFRAMES,
                List.of(
                        new LeadApi.DefeatRecord(
                                "d-2",
                                "BOUGHT_COMPETITOR",
                                "Rival",
                                "R5",
                                "PRICE",
                                "QUOTED",
                                null,
                                "li.wei",
                                java.time.Instant.parse("2026-11-25T03:00:00Z"),
                                "PENDING",
                                null,
                                null,
                                null),
                        new LeadApi.DefeatRecord(
                                "d-1",
                                "POSTPONED",
                                null,
                                null,
                                null,
                                "VISITED",
                                "next spring",
                                "wang.fang",
                                java.time.Instant.parse("2026-11-10T03:00:00Z"),
                                "REOPENED",
                                "manager.sh",
                                java.time.Instant.parse("2026-11-11T02:00:00Z"),
                                "li.wei")));
    }

    @GET
    @Path("follow-up-errors")
    public TemplateInstance followUpErrors() {
        return LeadPage.Templates.lead(
                Samples.story(false),
                new LeadPage.Sent(
                        "followUp",
                        FieldErrors.none().add("outcome", "must not be blank"),
                        Typed.of("kind", "CALL", "grade", "A")),
                null,
                LeadPage.KINDS,
                LeadPage.GRADES,
                LeadPage.REASONS,
                List.of(),
                LeadPage.CHOICES,
                List.of(),
                LeadPage.TIMEFRAMES,
                List.of());
    }

    /** The grade sent from a page showing a version someone changed since (lead-service's 412). */
    @GET
    @Path("grade-stale")
    public TemplateInstance gradeStale() {
        GatewayProblem stale = new GatewayProblem(
                412,
                new Problem(
                        "https://showroom.dev/problems/precondition-failed",
                        "Precondition failed",
                        412,
                        "The record changed since the version in If-Match (\"3\")",
                        "cid",
                        null),
                null);
        return LeadPage.Templates.lead(
                Samples.story(false),
                new LeadPage.Sent("grade", FieldErrors.of(stale), Typed.of("grade", "A")),
                null,
                LeadPage.KINDS,
                LeadPage.GRADES,
                LeadPage.REASONS,
                List.of(),
                LeadPage.CHOICES,
                List.of(),
                LeadPage.TIMEFRAMES,
                List.of());
    }
}
