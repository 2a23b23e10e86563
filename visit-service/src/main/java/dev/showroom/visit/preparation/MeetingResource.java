package dev.showroom.visit.preparation;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.platform.persistence.Versions;
import dev.showroom.visit.roster.DutyCopy;
import dev.showroom.visit.traffic.ReportPeriod;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The morning and evening meeting log (docs/process.md, step 2; seed 000: the morning meeting before the opening
 * checklist, the evening meeting sums up the day). A manager logs one of each kind a day (409 for a second), revises
 * it with If-Match; every staff member reads them. The rota defaults to the roster's duty of the day (the copy of
 * lead-service's roster).
 */
@Path("/api/v1/meetings")
@Tag(name = "Pre-sales preparation")
public class MeetingResource {

    public record MeetingRequest(
            @NotNull SalesMeeting.Kind kind,
            LocalDate date,
            @Size(max = 30) List<@NotBlank @Size(max = 100) String> rota,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 100) String> attendees,
            @Size(max = 2000) String stockNews,
            @Size(max = 2000) String promotions,
            @Size(max = 2000) String yesterdayResults,
            @Size(max = 2000) String todayPlan,
            @Size(max = 2000) String note) {}

    public record MeetingView(
            UUID id,
            SalesMeeting.Kind kind,
            LocalDate date,
            List<String> rota,
            List<String> attendees,
            String stockNews,
            String promotions,
            String yesterdayResults,
            String todayPlan,
            String note,
            String heldBy,
            Instant createdAt,
            Instant updatedAt,
            long version)
            implements Versioned {}

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
            operationId = "createSalesMeeting",
            summary = "Log the morning or evening meeting of a day (today by default; once per kind and day: 409)")
    @APIResponse(responseCode = "201", description = "The meeting; Location names it")
    public Response create(@Valid @NotNull MeetingRequest request) {
        LocalDate today = profiles.today(staff.dealerId());
        LocalDate date = request.date() != null ? request.date() : today;
        if (date.isAfter(today)) {
            throw ProblemException.invalid(
                    "date", "notFuture", "a meeting is logged once held: date must not be after today");
        }
        if (SalesMeeting.count("meetingDate = ?1 and kind = ?2", date, request.kind()) > 0) {
            throw ProblemException.conflict("The " + request.kind() + " meeting of " + date + " is logged already");
        }
        SalesMeeting m = new SalesMeeting();
        m.id = UUID.randomUUID();
        m.kind = request.kind();
        m.meetingDate = date;
        m.heldBy = staff.id();
        m.createdAt = Instant.now(clock);
        apply(m, request);
        m.persist();
        return Response.created(URI.create("/api/v1/meetings/" + m.id))
                .entity(view(m))
                .build();
    }

    @PUT
    @Path("{id}")
    @Transactional
    @IfMatch(required = true)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "updateSalesMeeting",
            summary = "Revise a meeting's log (If-Match: its ETag; kind and date stay)")
    public MeetingView update(@PathParam("id") UUID id, @Valid @NotNull MeetingRequest request) {
        SalesMeeting m = find(id);
        Preconditions.check(m.version);
        if (request.kind() != m.kind) {
            throw ProblemException.invalid("kind", "unchanged", "A meeting keeps its kind");
        }
        if (request.date() != null && !request.date().equals(m.meetingDate)) {
            throw ProblemException.invalid("date", "unchanged", "A meeting keeps its date");
        }
        apply(m, request);
        return view(Versions.stored(m));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getSalesMeeting", summary = "One meeting's log (ETag)")
    public MeetingView get(@PathParam("id") UUID id) {
        return view(find(id));
    }

    @GET
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listSalesMeetings",
            summary = "Meetings of a period (default: the last 30 days), newest first, paged")
    @Sortable(
            value = {"date", "kind"},
            byDefault = "-date,kind")
    public Page<MeetingView> list(
            @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam,
            @QueryParam("kind") String kindParam,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        ReportPeriod period =
                ReportPeriod.of(fromParam, toParam, profiles.today(staff.dealerId()), profiles.zone(staff.dealerId()));
        SalesMeeting.Kind kind = QueryParams.enumOf(SalesMeeting.Kind.class, kindParam, "kind");
        Filters f = new Filters()
                .and("meetingDate >= :from", "from", period.from())
                .and("meetingDate <= :to", "to", period.to())
                .and("kind = :kind", "kind", kind);
        var found = SalesMeeting.<SalesMeeting>find(
                f.query(), Sorts.of(sort, Map.of("date", "meetingDate"), "id"), f.params());
        return Pages.of(found, page, MeetingResource::view);
    }

    private static SalesMeeting find(UUID id) {
        SalesMeeting m = SalesMeeting.findById(id);
        if (m == null) {
            throw ProblemException.notFound("Meeting");
        }
        return m;
    }

    private void apply(SalesMeeting m, MeetingRequest r) {
        List<String> rota = r.rota();
        if (rota == null) {
            DutyCopy duty = DutyCopy.inEffectOn(m.meetingDate);
            rota = duty == null ? List.of() : Arrays.asList(duty.consultants);
        }
        m.rota = new LinkedHashSet<>(rota.stream().map(String::strip).toList()).toArray(String[]::new);
        m.attendees =
                new LinkedHashSet<>(r.attendees().stream().map(String::strip).toList()).toArray(String[]::new);
        m.stockNews = text(r.stockNews());
        m.promotions = text(r.promotions());
        m.yesterdayResults = text(r.yesterdayResults());
        m.todayPlan = text(r.todayPlan());
        m.note = text(r.note());
        m.updatedAt = Instant.now(clock);
    }

    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static MeetingView view(SalesMeeting m) {
        return new MeetingView(
                m.id,
                m.kind,
                m.meetingDate,
                List.of(m.rota),
                List.of(m.attendees),
                m.stockNews,
                m.promotions,
                m.yesterdayResults,
                m.todayPlan,
                m.note,
                m.heldBy,
                m.createdAt,
                m.updatedAt,
                m.version);
    }
}
