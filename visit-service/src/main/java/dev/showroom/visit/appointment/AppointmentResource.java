package dev.showroom.visit.appointment;

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
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.platform.persistence.Versions;
import dev.showroom.visit.customer.CustomerAccess;
import dev.showroom.visit.settings.DealerSettings;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/appointments")
@Tag(name = "Appointments", description = "Booked showroom appointments, their reminders and attendance")
@RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class AppointmentResource {

    public record BookRequest(
            @NotNull UUID leadId,
            @NotNull Instant scheduledAt,
            @Size(max = 200) String purpose,
            @Size(max = 1000) String note,
            @Size(max = 100) String consultantId) {}

    public record AppointmentView(
            UUID id,
            UUID leadId,
            UUID visitId,
            String consultantId,
            AppointmentStatus status,
            Instant scheduledAt,
            String purpose,
            String note,
            Instant reminderSentAt,
            Instant createdAt,
            long version)
            implements Versioned {

        static AppointmentView of(Appointment a) {
            return new AppointmentView(
                    a.id,
                    a.leadId,
                    a.visitId,
                    a.consultantId,
                    a.status,
                    a.scheduledAt,
                    a.purpose,
                    a.note,
                    a.reminderSentAt,
                    a.createdAt,
                    a.version);
        }
    }

    /**
     * One consultant's booked appointments of the period: reminded (the reminder job or staff), attended, no-shows,
     * of which reminded, and the no-show rate (no-shows over attended and no-shows; null without either).
     */
    public record NoShowRow(
            String consultantId,
            long booked,
            long reminded,
            long attended,
            long noShows,
            long remindedNoShows,
            long cancelled,
            Double noShowRate) {}

    public record NoShowReport(
            LocalDate from, LocalDate to, String timeZone, NoShowRow total, List<NoShowRow> consultants) {}

    @Inject
    Appointments appointments;

    @Inject
    EntityManager em;

    @Inject
    CustomerAccess access;

    @Inject
    CurrentStaff staff;

    @Inject
    DealerSettings settings;

    @Inject
    DealerProfiles profiles;

    @Inject
    Clock clock;

    @POST
    @Transactional
    @IdempotentCreate
    @Operation(
            operationId = "bookAppointment",
            summary = "Book a prospect's showroom appointment (fulfils their open invitation task)")
    @APIResponse(
            responseCode = "201",
            description = "The appointment; Location names it",
            content =
                    @Content(mediaType = "application/json", schema = @Schema(implementation = AppointmentView.class)))
    public Response book(@Valid @NotNull BookRequest request) {
        if (!request.scheduledAt().isAfter(Instant.now(clock))) {
            throw ProblemException.invalid("scheduledAt", "future", "scheduledAt must be in the future");
        }
        // a consultant books for their own customers, as the lead's copy says; others may name the consultant
        String consultant = access.consultantOfRecord(request.leadId(), request.consultantId());
        Appointment a = appointments.book(
                request.leadId(), null, consultant, request.scheduledAt(), request.purpose(), request.note());
        return Response.created(URI.create("/api/v1/appointments/" + a.id))
                .entity(AppointmentView.of(a))
                .build();
    }

    @GET
    @Operation(
            operationId = "listAppointments",
            summary = "Invitation tasks and appointments by lead, day (dealer's time zone), status or consultant, "
                    + "soonest first")
    @Sortable(
            value = {"scheduledAt", "createdAt"},
            byDefault = "scheduledAt,createdAt")
    public Page<AppointmentView> list(
            @QueryParam("leadId") String leadParam,
            @QueryParam("date") String dateParam,
            @QueryParam("status") String statusParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        UUID leadId = QueryParams.uuid(leadParam, "leadId");
        LocalDate date = QueryParams.date(dateParam, "date");
        AppointmentStatus status = QueryParams.enumOf(AppointmentStatus.class, statusParam, "status");
        String consultant = staff.seesOnlyOwn() ? staff.id() : consultantId;
        Filters f = new Filters()
                .and("leadId = :leadId", "leadId", leadId)
                .and("status = :status", "status", status)
                .andOnDay("scheduledAt", date, () -> profiles.zone(staff.dealerId()))
                .andIf(
                        consultant != null && !consultant.isBlank(),
                        "consultantId = :consultant",
                        "consultant",
                        consultant);
        var found = Appointment.<Appointment>find(f.query(), Sorts.of(sort, "id"), f.params());
        return Pages.of(found, page, AppointmentView::of);
    }

    @GET
    @Path("no-shows")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "appointmentNoShowReport",
            summary = "No-shows per consultant: the appointments booked for the period (?from, ?to: the dealer's days; "
                    + "default this month), reminded, attended, no-shows (a reminded customer who did not come)")
    public NoShowReport noShows(@QueryParam("from") String from, @QueryParam("to") String to) {
        String dealer = staff.dealerId();
        Period period = Period.parse(from, to, profiles.zone(dealer), clock);
        @SuppressWarnings("unchecked")
        List<Object[]> found = em.createNativeQuery("select coalesce(consultant_id, ''), count(*), "
                        + "count(*) filter (where reminder_sent_at is not null), "
                        + "count(*) filter (where status = 'ATTENDED'), count(*) filter (where status = 'NO_SHOW'), "
                        + "count(*) filter (where status = 'NO_SHOW' and reminder_sent_at is not null), "
                        + "count(*) filter (where status = 'CANCELLED') "
                        + "from appointment where dealer_id = ?1 and status <> 'TO_INVITE' and scheduled_at >= ?2 "
                        + "and scheduled_at < ?3 group by 1 order by 1")
                .setParameter(1, dealer)
                .setParameter(2, period.start())
                .setParameter(3, period.end())
                .getResultList();
        List<NoShowRow> rows = found.stream()
                .map(r -> row(
                        ((String) r[0]).isEmpty() ? null : (String) r[0],
                        n(r[1]),
                        n(r[2]),
                        n(r[3]),
                        n(r[4]),
                        n(r[5]),
                        n(r[6])))
                .toList();
        NoShowRow total = row(
                null,
                rows.stream().mapToLong(NoShowRow::booked).sum(),
                rows.stream().mapToLong(NoShowRow::reminded).sum(),
                rows.stream().mapToLong(NoShowRow::attended).sum(),
                rows.stream().mapToLong(NoShowRow::noShows).sum(),
                rows.stream().mapToLong(NoShowRow::remindedNoShows).sum(),
                rows.stream().mapToLong(NoShowRow::cancelled).sum());
        return new NoShowReport(period.from(), period.to(), period.zone().getId(), total, rows);
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }

    static NoShowRow row(
            String consultant,
            long booked,
            long reminded,
            long attended,
            long noShows,
            long remindedNoShows,
            long cancelled) {
        long closed = attended + noShows;
        Double rate = closed == 0 ? null : Math.round(noShows * 10_000.0 / closed) / 10_000.0;
        return new NoShowRow(consultant, booked, reminded, attended, noShows, remindedNoShows, cancelled, rate);
    }

    @GET
    @Path("reminders-due")
    @Operation(
            operationId = "listDueAppointmentReminders",
            summary = "Booked appointments within the dealer's reminder lead time whose reminder is not yet sent, "
                    + "soonest first, paged")
    @Sortable(
            value = {"scheduledAt", "createdAt"},
            byDefault = "scheduledAt")
    public Page<AppointmentView> remindersDue(@BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        Instant now = Instant.now(clock);
        Instant until = now.plus(Duration.ofHours(settings.of(staff.dealerId()).reminderHoursBefore));
        Filters f = new Filters()
                .andIf(
                        true,
                        "status = :booked and reminderSentAt is null and scheduledAt >= :now and scheduledAt <= :until",
                        "booked",
                        AppointmentStatus.BOOKED,
                        "now",
                        now,
                        "until",
                        until)
                .andIf(staff.seesOnlyOwn(), "consultantId = :me", "me", staff.id());
        var found = Appointment.<Appointment>find(f.query(), Sorts.of(sort, "id"), f.params());
        return Pages.of(found, page, AppointmentView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getAppointment", summary = "One appointment or invitation task")
    public AppointmentView get(@PathParam("id") UUID id) {
        return AppointmentView.of(appointments.readable(id));
    }

    @POST
    @Path("{id}/reminder-sent")
    @Transactional
    @IfMatch
    @Operation(operationId = "markAppointmentReminderSent", summary = "Mark the reminder as sent")
    public AppointmentView reminderSent(@PathParam("id") UUID id) {
        Appointment a = appointments.readable(id);
        Preconditions.check(a.version);
        if (a.status != AppointmentStatus.BOOKED) {
            throw ProblemException.conflict("The appointment is " + a.status + ", not BOOKED");
        }
        a.reminderSentAt = Instant.now(clock);
        return AppointmentView.of(Versions.stored(a));
    }

    @POST
    @Path("{id}/attended")
    @Transactional
    @IfMatch
    @Operation(operationId = "markAppointmentAttended", summary = "The customer came")
    public AppointmentView attended(@PathParam("id") UUID id) {
        return AppointmentView.of(Versions.stored(appointments.close(id, AppointmentStatus.ATTENDED)));
    }

    @POST
    @Path("{id}/no-show")
    @Transactional
    @IfMatch
    @Operation(
            operationId = "markAppointmentNoShow",
            summary = "The customer did not come (only after the appointment's time)")
    public AppointmentView noShow(@PathParam("id") UUID id) {
        return AppointmentView.of(Versions.stored(appointments.close(id, AppointmentStatus.NO_SHOW)));
    }

    @POST
    @Path("{id}/cancel")
    @Transactional
    @IfMatch
    @Operation(operationId = "cancelAppointment", summary = "Cancel a booked appointment")
    public AppointmentView cancel(@PathParam("id") UUID id) {
        return AppointmentView.of(Versions.stored(appointments.close(id, AppointmentStatus.CANCELLED)));
    }
}
