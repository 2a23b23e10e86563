package dev.showroom.lead.intake;

import dev.showroom.lead.campaign.Campaigns;
import dev.showroom.lead.prospect.Channel;
import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadAccess;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.prospect.LeadView;
import dev.showroom.lead.prospect.PurchaseTimeframe;
import dev.showroom.lead.prospect.Stage;
import dev.showroom.lead.roster.Roster;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.platform.phone.PhoneNumbers;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
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
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/leads")
@Tag(name = "Leads", description = "Prospects: capture, search, contacts, contact requests and imports")
public class LeadResource {

    /** A prospect at first contact; consultantId only counts when a manager or receptionist gives it. */
    public record CreateLeadRequest(
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Size(max = 40) String phone,
            @Email @Size(max = 254) String email,
            @NotNull Channel channel,
            @Size(max = 200) String sourceDetail,
            @Size(max = 100) String modelOfInterest,
            @PositiveOrZero @DecimalMax("999999999999") BigDecimal budget,
            PurchaseTimeframe purchaseTimeframe,
            @Size(max = 2000) String notes,
            Boolean consent,
            @Size(max = 100) String consultantId,
            Grade grade,
            UUID campaignId) {}

    /** {@code status}: RECORDED, or PENDING/CONFIRMED/DISMISSED for a contact request (see ContactRequestResource). */
    public record ContactView(
            UUID id,
            Channel channel,
            String sourceDetail,
            String name,
            String email,
            String note,
            Instant occurredAt,
            LeadContact.Status status) {}

    @Inject
    Campaigns campaigns;

    @Inject
    LeadIntake intake;

    @Inject
    LeadAccess access;

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @Inject
    DealerProfiles profiles;

    @Inject
    Roster roster;

    @POST
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "createLead",
            summary = "Capture a prospect: 201 with a new lead, or 200 with the lead of the same phone (merged)")
    @APIResponse(
            responseCode = "201",
            description = "A new lead; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadView.class)))
    @APIResponse(
            responseCode = "200",
            description = "The phone is a lead's of the dealer already: merged into it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LeadView.class)))
    public Response create(@Valid @NotNull CreateLeadRequest request) {
        if (request.grade() != null && !request.grade().manual()) {
            throw ProblemException.invalid("grade", "manualGrade", "Grade must be H, A, B or C");
        }
        // a consultant's own capture is theirs; others may name the consultant or leave it to the rota
        String consultant = staff.seesOnlyOwn() ? staff.id() : LeadEvents.blankToNull(request.consultantId());
        if (consultant != null && !staff.seesOnlyOwn()) {
            roster.requireConsultant(consultant.strip(), "consultantId");
            consultant = consultant.strip();
        }
        UUID campaign = campaigns.require(request.campaignId(), "campaignId");
        Capture capture = new Capture(
                request.name(),
                request.phone(),
                request.email(),
                request.channel(),
                request.sourceDetail(),
                request.modelOfInterest(),
                request.budget(),
                request.purchaseTimeframe(),
                request.notes(),
                Boolean.TRUE.equals(request.consent()),
                null,
                consultant,
                request.grade(),
                null,
                null,
                staff.id(),
                Capture.Origin.STAFF,
                null);
        LeadIntake.Captured captured;
        try {
            captured = intake.capture(staff.dealerId(), capture, campaign);
        } catch (PhoneNumbers.InvalidPhoneException e) {
            throw ProblemException.invalid("phone", "phone", "phone is " + e.getMessage());
        }
        Lead lead = captured.lead();
        if (captured.created() || !staff.seesOnlyOwn() || staff.id().equals(lead.consultantId)) {
            campaigns.attribute(lead, campaign);
        }
        if (captured.created()) {
            return Response.created(URI.create("/api/v1/leads/" + lead.id))
                    .entity(access.view(lead))
                    .build();
        }
        if (staff.seesOnlyOwn() && !staff.id().equals(lead.consultantId)) {
            throw ProblemException.conflict("This person is already a prospect of another consultant; "
                    + "the contact was not recorded, ask your manager");
        }
        return Response.ok(access.view(lead)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getLead", summary = "One lead")
    public LeadView get(@PathParam("id") UUID id) {
        return access.view(access.readable(id));
    }

    @GET
    @Path("{id}/contacts")
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "listLeadContacts", summary = "Every time the person got in touch, newest first, paged")
    @Sortable(value = "occurredAt", byDefault = "-occurredAt")
    public Page<ContactView> contacts(
            @PathParam("id") UUID id, @BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        Lead lead = access.readable(id);
        var found = LeadContact.<LeadContact>find("leadId", Sorts.of(sort, "id"), lead.id);
        List<ContactView> items = found.page(page.page, page.size).list().stream()
                .map(c -> new ContactView(
                        c.id, c.channel, c.sourceDetail, c.name, c.email, c.note, c.occurredAt, c.status))
                .toList();
        return Page.of(items, page, found.count());
    }

    @GET
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listLeads",
            summary =
                    "Search leads by name or phone fragment, grade, stage, consultant, channel, overdue, follow-up due on "
                            + "a day (dueOn, the dealer's date), or by ids (comma-separated, up to 100); newest first")
    @Sortable(
            value = {"createdAt", "name", "nextFollowUpAt", "lastFollowUpAt"},
            byDefault = "-createdAt")
    public Page<LeadView> search(
            @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("grade") String gradeParam,
            @QueryParam("stage") String stageParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId,
            @QueryParam("channel") String channelParam,
            @QueryParam("overdue") Boolean overdue,
            @QueryParam("dueOn") String dueOnParam,
            @QueryParam("ids") @Size(max = 3_800) String idsParam,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        // a screen that names the leads of its appointments and drives asks for them at once, not one by one
        List<UUID> ids = idsParam == null || idsParam.isBlank()
                ? null
                : java.util.Arrays.stream(idsParam.split(","))
                        .map(String::strip)
                        .filter(id -> !id.isEmpty())
                        .map(id -> QueryParams.uuid(id, "ids"))
                        .distinct()
                        .toList();
        // "my day": the follow-ups due on that day of the dealer's calendar (a consultant's own, read in one query)
        LocalDate dueOn = QueryParams.date(dueOnParam, "dueOn");
        Grade grade = QueryParams.enumOf(Grade.class, gradeParam, "grade");
        Stage stage = QueryParams.enumOf(Stage.class, stageParam, "stage");
        Channel channel = QueryParams.enumOf(Channel.class, channelParam, "channel");
        boolean fragment = q != null && !q.isBlank();
        String digits = fragment ? PhoneNumbers.digitsOfFragment(q) : null;
        // a receptionist sees phones masked: a fragment search would undo the mask digit by digit
        String wholePhone = digits != null && staff.onlyGreets() ? wholePhone(q) : null;
        String consultant = staff.seesOnlyOwn() ? staff.id() : consultantId;
        Instant now = Instant.now(clock);
        Filters f = new Filters()
                .and("phone = :whole", "whole", wholePhone)
                .andIf(wholePhone == null && digits != null, "phone like :phone", "phone", "%" + digits + "%")
                .andIf(
                        fragment && digits == null,
                        "lower(name) like :name escape '\\'",
                        "name",
                        fragment ? "%" + likeEscape(q.strip().toLowerCase(Locale.ROOT)) + "%" : null)
                .and("grade = :grade", "grade", grade)
                .and("stage = :stage", "stage", stage)
                .and("consultantId = :consultant", "consultant", consultant)
                .and("channel = :channel", "channel", channel)
                .andIf(
                        Boolean.TRUE.equals(overdue),
                        "nextFollowUpAt < :now and erasedAt is null and " + Lead.KEPT_IN_TOUCH,
                        "now",
                        now,
                        "closed",
                        List.of(Grade.O, Grade.F),
                        "ordered",
                        Grade.O)
                .andIf(ids != null, "id in :ids", "ids", ids)
                .andOnDay("nextFollowUpAt", dueOn, () -> profiles.zone(staff.dealerId()))
                .andIf(
                        dueOn != null,
                        "erasedAt is null and " + Lead.KEPT_IN_TOUCH,
                        "closed",
                        List.of(Grade.O, Grade.F),
                        "ordered",
                        Grade.O);
        var found = Lead.<Lead>find(f.query(), Sorts.of(sort, "id"), f.params());
        long total = found.count();
        List<LeadView> items = found.page(page.page, page.size).list().stream()
                .map(access::view)
                .toList();
        return Page.of(items, page, total);
    }

    private String wholePhone(String q) {
        try {
            return PhoneNumbers.normalise(q, profiles.region(staff.dealerId()));
        } catch (PhoneNumbers.InvalidPhoneException e) {
            throw ProblemException.invalid(
                    "q",
                    "wholePhone",
                    "A receptionist looks a person up by name or by the whole phone number, not by a part of it");
        }
    }

    private static String likeEscape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
