package dev.showroom.visit.preparation;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.visit.traffic.ReportPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The etiquette and appearance scorecard (docs/process.md, step 2; seed 000): a manager scores a consultant on the
 * five items, 1..5 each; the figures per consultant over a period. A consultant reads their own scores.
 */
@Path("/api/v1/etiquette-scores")
@Tag(name = "Pre-sales preparation", description = "Spot checks, the etiquette scorecard and the sales meetings")
public class EtiquetteResource {

    public record Scores(
            @NotNull @Min(1) @Max(5) Integer appearance,
            @NotNull @Min(1) @Max(5) Integer posture,
            @NotNull @Min(1) @Max(5) Integer handshake,
            @NotNull @Min(1) @Max(5) Integer businessCard,
            @NotNull @Min(1) @Max(5) Integer tone) {}

    public record ScoreRequest(
            @NotBlank @Size(max = 100) String consultantId,
            Instant scoredAt,
            @NotNull @Valid Scores scores,
            @Size(max = 500) String note) {}

    public record ScoreView(
            UUID id,
            String consultantId,
            LocalDate date,
            Instant scoredAt,
            Scores scores,
            BigDecimal mean,
            String note,
            String scoredBy) {}

    public record ConsultantFigures(
            String consultantId,
            int scores,
            Map<EtiquetteItem, BigDecimal> byItem,
            BigDecimal overall,
            EtiquetteItem weakest) {}

    public record Scorecard(
            String dealerId,
            LocalDate from,
            LocalDate to,
            EtiquetteItem.Figures total,
            List<ConsultantFigures> byConsultant) {}

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "createEtiquetteScore",
            summary = "Score a consultant's etiquette and appearance: appearance, posture (standing, walking), "
                    + "handshake, business card, tone; 1..5 each")
    @APIResponse(responseCode = "201", description = "The score; Location names it")
    public Response create(@Valid @NotNull ScoreRequest request) {
        Instant now = Instant.now(clock);
        Instant at = request.scoredAt() != null ? request.scoredAt() : now;
        if (at.isAfter(now.plusSeconds(60))) {
            throw ProblemException.invalid("scoredAt", "notFuture", "scoredAt must not be in the future");
        }
        if (request.consultantId().strip().equals(staff.id())) {
            throw ProblemException.invalid("consultantId", "notSelf", "a manager does not score themselves");
        }
        EtiquetteScore s = new EtiquetteScore();
        s.id = UUID.randomUUID();
        s.consultantId = request.consultantId().strip();
        s.scoredAt = at;
        s.scoreDate = at.atZone(profiles.zone(staff.dealerId())).toLocalDate();
        Scores sc = request.scores();
        s.appearance = sc.appearance().shortValue();
        s.posture = sc.posture().shortValue();
        s.handshake = sc.handshake().shortValue();
        s.businessCard = sc.businessCard().shortValue();
        s.tone = sc.tone().shortValue();
        s.note = request.note() == null || request.note().isBlank()
                ? null
                : request.note().strip();
        s.scoredBy = staff.id();
        s.createdAt = now;
        s.persist();
        return Response.created(URI.create("/api/v1/etiquette-scores/" + s.id))
                .entity(view(s))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getEtiquetteScore", summary = "One scorecard (a consultant: their own)")
    public ScoreView get(@PathParam("id") UUID id) {
        EtiquetteScore s = EtiquetteScore.findById(id);
        if (s == null || staff.seesOnlyOwn() && !s.consultantId.equals(staff.id())) {
            throw ProblemException.notFound("Etiquette score");
        }
        return view(s);
    }

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listEtiquetteScores",
            summary =
                    "Scorecards of a period (default: the last 30 days), newest first, paged; a consultant sees their own")
    @Sortable(
            value = {"scoredAt", "consultantId"},
            byDefault = "-scoredAt")
    public Page<ScoreView> list(
            @QueryParam("consultantId") @Size(max = 100) String consultantId,
            @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        ReportPeriod period = period(fromParam, toParam);
        String who = staff.seesOnlyOwn() ? staff.id() : consultantId;
        Filters f = new Filters()
                .and("scoreDate >= :from", "from", period.from())
                .and("scoreDate <= :to", "to", period.to())
                .andIf(who != null && !who.isBlank(), "consultantId = :who", "who", who);
        var found = EtiquetteScore.<EtiquetteScore>find(f.query(), Sorts.of(sort, Map.of(), "id"), f.params());
        return Pages.of(found, page, EtiquetteResource::view);
    }

    @GET
    @Path("summary")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getEtiquetteScorecard",
            summary = "The scorecard per consultant for a period (default: the last 30 days): scores, the mean of each "
                    + "item and overall, the weakest item")
    public Scorecard summary(@QueryParam("from") String fromParam, @QueryParam("to") String toParam) {
        ReportPeriod period = period(fromParam, toParam);
        List<EtiquetteScore> all = EtiquetteScore.list(
                "scoreDate >= ?1 and scoreDate <= ?2 order by consultantId", period.from(), period.to());
        Map<String, List<Map<EtiquetteItem, Integer>>> byConsultant = new TreeMap<>();
        all.forEach(s -> byConsultant
                .computeIfAbsent(s.consultantId, c -> new java.util.ArrayList<>())
                .add(items(s)));
        return new Scorecard(
                staff.dealerId(),
                period.from(),
                period.to(),
                EtiquetteItem.figures(all.stream().map(EtiquetteResource::items).toList()),
                byConsultant.entrySet().stream()
                        .map(e -> {
                            EtiquetteItem.Figures f = EtiquetteItem.figures(e.getValue());
                            return new ConsultantFigures(e.getKey(), f.scores(), f.byItem(), f.overall(), f.weakest());
                        })
                        .toList());
    }

    private ReportPeriod period(String fromParam, String toParam) {
        ZoneId zone = profiles.zone(staff.dealerId());
        return ReportPeriod.of(fromParam, toParam, profiles.today(staff.dealerId()), zone);
    }

    static Map<EtiquetteItem, Integer> items(EtiquetteScore s) {
        Map<EtiquetteItem, Integer> m = new EnumMap<>(EtiquetteItem.class);
        m.put(EtiquetteItem.APPEARANCE, (int) s.appearance);
        m.put(EtiquetteItem.POSTURE, (int) s.posture);
        m.put(EtiquetteItem.HANDSHAKE, (int) s.handshake);
        m.put(EtiquetteItem.BUSINESS_CARD, (int) s.businessCard);
        m.put(EtiquetteItem.TONE, (int) s.tone);
        return m;
    }

    static ScoreView view(EtiquetteScore s) {
        return new ScoreView(
                s.id,
                s.consultantId,
                s.scoreDate,
                s.scoredAt,
                new Scores((int) s.appearance, (int) s.posture, (int) s.handshake, (int) s.businessCard, (int) s.tone),
                EtiquetteItem.mean(s.appearance + s.posture + s.handshake + s.businessCard + s.tone, 5),
                s.note,
                s.scoredBy);
    }
}
