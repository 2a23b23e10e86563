package dev.showroom.lead.roster;

import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.idempotency.IdempotentCreate;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dealer's roster: its staff (by Keycloak username) and, per date, the consultants on duty in turn order. */
@Path("/api/v1/dealer/roster")
@Tag(
        name = "Roster",
        description = "The dealer's staff, their roles, and the consultants on duty each day in "
                + "turn order: who takes new leads (round robin) and who reception hands the next customer to")
public class RosterResource {

    /** A Keycloak username: letters, digits and . _ @ - (the token's preferred_username). */
    static final String USER_ID = "[A-Za-z0-9._@-]{1,100}";

    public record MemberRequest(
            @NotBlank @Pattern(regexp = USER_ID) String userId,
            @NotBlank @Size(max = 100) String displayName,
            @NotEmpty @Size(max = 5) List<@NotNull StaffRole> roles,
            Boolean active) {}

    public record MemberUpdate(
            @NotBlank @Size(max = 100) String displayName,
            @NotEmpty @Size(max = 5) List<@NotNull StaffRole> roles,
            @NotNull Boolean active) {}

    public record MemberView(String userId, String displayName, List<StaffRole> roles, boolean active, long version)
            implements Versioned {
        static MemberView of(RosterMember m) {
            return new MemberView(m.userId, m.displayName, m.roleList(), m.active, m.version);
        }
    }

    public record DutyRequest(
            @NotNull @Size(max = Rota.MAX_ON_DUTY) List<@NotBlank @Size(max = 100) String> consultants) {}

    public record OnDuty(String userId, String displayName) {}

    /**
     * The consultants on duty on {@code date} in turn order: the list set for that date, or else the latest one
     * set before it ({@code since}: the date of the list in effect, null when none ever was). {@code version}: the
     * date's own list's, 0 before one is set for it.
     */
    public record DutyView(LocalDate date, LocalDate since, List<OnDuty> consultants, long version)
            implements Versioned {}

    @Inject
    Roster roster;

    @Inject
    CurrentStaff staff;

    @GET
    @Path("members")
    @Sortable(
            value = {"userId", "displayName"},
            byDefault = "displayName")
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listRosterMembers",
            summary = "The dealer's staff (by displayName unless sorted); ?role= and ?active= filter")
    public List<MemberView> members(
            @QueryParam("role") String roleParam, @QueryParam("active") Boolean active, @BeanParam SortOrder sort) {
        StaffRole role = QueryParams.enumOf(StaffRole.class, roleParam, "role");
        Map<String, Comparator<RosterMember>> keys = Map.of(
                "userId", Comparator.comparing(m -> m.userId), "displayName", Comparator.comparing(m -> m.displayName));
        return RosterMember.<RosterMember>listAll().stream()
                .filter(m -> role == null || m.roleList().contains(role))
                .filter(m -> active == null || m.active == active)
                .sorted(sort.comparator(keys).thenComparing(m -> m.userId))
                .map(MemberView::of)
                .toList();
    }

    @POST
    @Path("members")
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "addRosterMember", summary = "Add a member of the staff, named by Keycloak username")
    @APIResponse(
            responseCode = "201",
            description = "The member; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MemberView.class)))
    public Response add(@Valid @NotNull MemberRequest request) {
        RosterMember member = roster.add(
                staff.dealerId(),
                request.userId(),
                request.displayName().strip(),
                request.roles(),
                request.active() == null || request.active());
        RosterMember.flush();
        return Response.created(URI.create("/api/v1/dealer/roster/members/" + member.userId))
                .entity(MemberView.of(member))
                .build();
    }

    @GET
    @Path("members/{userId}")
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getRosterMember", summary = "One member of the staff")
    public MemberView member(@PathParam("userId") String userId) {
        return MemberView.of(found(userId));
    }

    @PUT
    @Path("members/{userId}")
    @Transactional
    @IfMatch
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "updateRosterMember",
            summary = "Change a member's name, roles or whether they are active (one who left is made inactive)")
    public MemberView update(@PathParam("userId") String userId, @Valid @NotNull MemberUpdate request) {
        RosterMember member = found(userId);
        Preconditions.check(member.version);
        roster.update(staff.dealerId(), member, request.displayName().strip(), request.roles(), request.active());
        RosterMember.flush();
        return MemberView.of(member);
    }

    @GET
    @Path("duty")
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.CUSTOMER_CARE, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getRosterDuty",
            summary = "The consultants on duty on ?date= (yyyy-MM-dd; the dealer's today by default), in turn order")
    public DutyView duty(@QueryParam("date") String date) {
        LocalDate day = QueryParams.date(date, "date");
        return view(day == null ? roster.today(staff.dealerId()) : day);
    }

    @PUT
    @Path("duty/{date}")
    @Transactional
    @IfMatch
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "updateRosterDuty",
            summary = "Set the consultants on duty from a date on (today or "
                    + "later), in turn order: each an active consultant of the roster, once; a list for today restarts "
                    + "today's round robin")
    public DutyView setDuty(@PathParam("date") String dateParam, @Valid @NotNull DutyRequest request) {
        LocalDate date = QueryParams.date(dateParam, "date");
        if (date.isBefore(roster.today(staff.dealerId()))) {
            throw ProblemException.invalid("date", "notPast", "date is before the dealer's today");
        }
        DutyDay existing = DutyDay.on(date);
        Preconditions.check(existing == null ? 0 : existing.version);
        roster.setDuty(
                staff.dealerId(),
                existing,
                date,
                request.consultants().stream().map(String::strip).toList());
        DutyDay.flush();
        return view(date);
    }

    private DutyView view(LocalDate date) {
        DutyDay own = DutyDay.on(date);
        DutyDay effective = own != null ? own : DutyDay.inEffectOn(date);
        Map<String, String> names = RosterMember.<RosterMember>listAll().stream()
                .collect(Collectors.toMap(m -> m.userId, m -> m.displayName));
        List<OnDuty> onDuty = effective == null
                ? List.of()
                : effective.consultantList().stream()
                        .map(id -> new OnDuty(id, names.getOrDefault(id, id)))
                        .toList();
        return new DutyView(date, effective == null ? null : effective.dutyDate, onDuty, own == null ? 0 : own.version);
    }

    private static RosterMember found(String userId) {
        RosterMember member = RosterMember.byUserId(userId);
        if (member == null) {
            throw ProblemException.notFound("Roster member");
        }
        return member;
    }
}
