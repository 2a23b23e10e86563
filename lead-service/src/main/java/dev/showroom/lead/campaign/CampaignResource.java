package dev.showroom.lead.campaign;

import dev.showroom.lead.prospect.Channel;
import dev.showroom.lead.prospect.Stage;
import dev.showroom.platform.dealer.DealerProfile;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.Period;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.platform.persistence.Versions;
import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The dealer's marketing events and campaigns (name, days, budget, channel), kept by the manager; leads point to
 * them at capture. The report: each campaign's funnel (leads, visited, test-driven, quoted, ordered) and what a lead,
 * a test drive and an order cost ({@link CampaignCost}).
 */
@Path("/api/v1/campaigns")
@Tag(name = "Campaigns", description = "Marketing events and campaigns, the leads they bring and what those cost")
public class CampaignResource {

    public record CampaignRequest(
            @Size(max = 100) String name,
            Channel channel,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal budget,
            @Size(max = 500) String note) {}

    public record CampaignView(
            UUID id,
            String name,
            Channel channel,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal budget,
            String currency,
            String note,
            String createdBy,
            Instant createdAt,
            Instant updatedAt,
            long version)
            implements Versioned {}

    /** One campaign's leads and how far they came, and what each result cost. */
    public record CampaignFigures(
            UUID campaignId,
            String name,
            Channel channel,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal budget,
            long leads,
            long visited,
            long testDriven,
            long quoted,
            long ordered,
            CampaignCost cost) {}

    public record CampaignReport(
            String dealerId, LocalDate from, LocalDate to, String currency, List<CampaignFigures> campaigns) {}

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listCampaigns",
            summary =
                    "The dealer's campaigns, the latest first unless sorted, paged; runningOn: those running that day "
                            + "(a capture form offers them)")
    @Sortable(
            value = {"startsOn", "endsOn", "name", "budget", "createdAt"},
            byDefault = "-startsOn")
    public Page<CampaignView> list(
            @QueryParam("runningOn") String runningOn, @BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        LocalDate day = QueryParams.date(runningOn, "runningOn");
        String currency = currency();
        var found = day == null
                ? Campaign.<Campaign>findAll(Sorts.of(sort, "id"))
                : Campaign.<Campaign>find(
                        "startsOn <= :day and endsOn >= :day", Sorts.of(sort, "id"), Parameters.with("day", day));
        return Pages.of(found, page, c -> view(c, currency));
    }

    @POST
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "createCampaign", summary = "A new campaign: name, days, budget, channel")
    @APIResponse(
            responseCode = "201",
            description = "The campaign; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CampaignView.class)))
    public Response create(@Valid @NotNull CampaignRequest request) {
        Instant now = Instant.now(clock);
        Campaign c = new Campaign();
        c.id = UUID.randomUUID();
        c.createdBy = staff.id();
        c.createdAt = now;
        apply(c, request, now);
        c.persist();
        Campaign.flush();
        return Response.created(URI.create("/api/v1/campaigns/" + c.id))
                .entity(view(c, currency()))
                .build();
    }

    @GET
    @Path("{campaignId}")
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getCampaign", summary = "One campaign")
    public CampaignView get(@PathParam("campaignId") UUID id) {
        return view(found(id), currency());
    }

    @PUT
    @Path("{campaignId}")
    @Transactional
    @IfMatch(required = true)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateCampaign", summary = "Change a campaign (If-Match: its ETag)")
    public CampaignView update(@PathParam("campaignId") UUID id, @Valid @NotNull CampaignRequest request) {
        Campaign c = found(id);
        Preconditions.check(c.version);
        apply(c, request, Instant.now(clock));
        return view(Versions.stored(c), currency());
    }

    @DELETE
    @Path("{campaignId}")
    @Transactional
    @IfMatch(required = true)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "deleteCampaign",
            summary = "Remove a campaign no lead points to (If-Match: its ETag); one with leads is kept (409)")
    public Response delete(@PathParam("campaignId") UUID id) {
        Campaign c = found(id);
        Preconditions.check(c.version);
        long leads = ((Number) em.createNativeQuery("select count(*) from lead where campaign_id = :c")
                        .setParameter("c", c.id)
                        .getSingleResult())
                .longValue();
        if (leads > 0) {
            throw ProblemException.conflict(
                    "Leads point to this campaign: it stays (its report counts them); change its days instead");
        }
        c.delete();
        return Response.noContent().build();
    }

    @GET
    @Path("report")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getCampaignReport",
            summary = "The campaigns running on any day of from..to (this month by default): each one's leads, "
                    + "visited, test-driven, quoted and ordered (all its leads, whenever captured) and the cost per "
                    + "lead, test drive and order (budget / count)")
    public CampaignReport report(@QueryParam("from") String from, @QueryParam("to") String to) {
        DealerProfile profile = profiles.of(staff.dealerId());
        Period period = Period.parse(from, to, profile.zone(), clock);
        List<Campaign> campaigns = Campaign.<Campaign>find(
                        "startsOn <= :to and endsOn >= :from order by startsOn, name",
                        Parameters.with("from", period.from()).and("to", period.to()))
                .list();
        Map<UUID, long[]> counts = counts(campaigns);
        return new CampaignReport(
                profile.dealerId,
                period.from(),
                period.to(),
                profile.currency,
                campaigns.stream()
                        .map(c -> {
                            long[] n = counts.getOrDefault(c.id, new long[5]);
                            return new CampaignFigures(
                                    c.id,
                                    c.name,
                                    c.channel,
                                    c.startsOn,
                                    c.endsOn,
                                    c.budget,
                                    n[0],
                                    n[1],
                                    n[2],
                                    n[3],
                                    n[4],
                                    CampaignCost.of(c.budget, n[0], n[2], n[4]));
                        })
                        .toList());
    }

    /** Per campaign: leads, and how many reached at least VISITED, TEST_DRIVEN, QUOTED, ORDERED (erased included). */
    private Map<UUID, long[]> counts(List<Campaign> campaigns) {
        Map<UUID, long[]> counts = new HashMap<>();
        if (campaigns.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select campaign_id, count(*), "
                        + "count(*) filter (where stage_rank >= :visited), "
                        + "count(*) filter (where stage_rank >= :driven), "
                        + "count(*) filter (where stage_rank >= :quoted), "
                        + "count(*) filter (where stage_rank >= :ordered) "
                        + "from lead where dealer_id = :dealer and campaign_id in (:ids) group by campaign_id")
                .setParameter("visited", Stage.VISITED.rank())
                .setParameter("driven", Stage.TEST_DRIVEN.rank())
                .setParameter("quoted", Stage.QUOTED.rank())
                .setParameter("ordered", Stage.ORDERED.rank())
                .setParameter("dealer", staff.dealerId())
                .setParameter("ids", campaigns.stream().map(c -> c.id).toList())
                .getResultList();
        for (Object[] r : rows) {
            long[] n = new long[5];
            for (int i = 0; i < 5; i++) {
                n[i] = ((Number) r[i + 1]).longValue();
            }
            counts.put((UUID) r[0], n);
        }
        return counts;
    }

    private Campaign found(UUID id) {
        Campaign c = Campaign.findById(id);
        if (c == null) {
            throw ProblemException.notFound("Campaign");
        }
        return c;
    }

    private static void apply(Campaign c, CampaignRequest r, Instant now) {
        Campaign.Terms terms = new Campaign.Terms(r.name(), r.channel(), r.startsOn(), r.endsOn(), r.budget());
        ProblemException.refuseIfAny(Campaign.check(terms));
        c.name = r.name().strip();
        c.channel = r.channel();
        c.startsOn = r.startsOn();
        c.endsOn = r.endsOn();
        c.budget = r.budget();
        c.note = r.note() == null || r.note().isBlank() ? null : r.note().strip();
        c.updatedAt = now;
    }

    private String currency() {
        return profiles.of(staff.dealerId()).currency;
    }

    static CampaignView view(Campaign c, String currency) {
        return new CampaignView(
                c.id,
                c.name,
                c.channel,
                c.startsOn,
                c.endsOn,
                c.budget,
                currency,
                c.note,
                c.createdBy,
                c.createdAt,
                c.updatedAt,
                c.version);
    }
}
