package dev.showroom.visit.testdrive;

import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.platform.persistence.Versions;
import dev.showroom.visit.testdrive.TestDriveRequests.BookRequest;
import dev.showroom.visit.testdrive.TestDriveRequests.CancelRequest;
import dev.showroom.visit.testdrive.TestDriveRequests.CompleteRequest;
import dev.showroom.visit.testdrive.TestDriveRequests.StartRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/test-drives")
@Tag(name = "Test drives", description = "Booking and running test drives")
public class TestDriveResource {

    @Inject
    TestDrives drives;

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @POST
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "bookTestDrive",
            summary = "Book a demo car for a prospect and a slot (409 if the car is taken then)")
    @APIResponse(
            responseCode = "201",
            description = "The test drive; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TestDriveView.class)))
    public Response book(@Valid @NotNull BookRequest request) {
        TestDrive d = drives.book(request);
        return Response.created(URI.create("/api/v1/test-drives/" + d.id))
                .entity(drives.view(d))
                .build();
    }

    @POST
    @Path("{id}/start")
    @Transactional
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(
            operationId = "startTestDrive",
            summary = "Check the licence (valid on the day of the drive) and record the start odometer")
    public TestDriveView start(@PathParam("id") UUID id, @Valid @NotNull StartRequest request) {
        return drives.view(Versions.stored(drives.start(id, request.licence(), request.odometerStart())));
    }

    @POST
    @Path("{id}/complete")
    @Transactional
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(
            operationId = "completeTestDrive",
            summary = "End the drive: end odometer and the customer's feedback (ratings 1-5, comments)")
    public TestDriveView complete(@PathParam("id") UUID id, @Valid @NotNull CompleteRequest request) {
        return drives.view(Versions.stored(drives.complete(id, request)));
    }

    @POST
    @Path("{id}/cancel")
    @Transactional
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(
            operationId = "cancelTestDrive",
            summary = "Cancel a booked test drive, with the reason; the slot is free again")
    public TestDriveView cancel(@PathParam("id") UUID id, @Valid @NotNull CancelRequest request) {
        return drives.view(Versions.stored(drives.cancel(id, request.reason())));
    }

    @POST
    @Path("{id}/no-show")
    @Transactional
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(operationId = "markTestDriveNoShow", summary = "The customer did not come (once the slot has begun)")
    public TestDriveView noShow(@PathParam("id") UUID id) {
        return drives.view(Versions.stored(drives.noShow(id)));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getTestDrive", summary = "One test drive")
    public TestDriveView get(@PathParam("id") UUID id) {
        return drives.view(drives.readable(id));
    }

    @GET
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listTestDrives",
            summary = "Test drives by lead, day (dealer's time zone), car, status or consultant, in slot order")
    @Sortable(value = "slotStart", byDefault = "slotStart")
    public Page<TestDriveView> list(
            @QueryParam("leadId") String leadParam,
            @QueryParam("date") String dateParam,
            @QueryParam("demoCarId") String carParam,
            @QueryParam("status") String statusParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        UUID leadId = QueryParams.uuid(leadParam, "leadId");
        UUID carId = QueryParams.uuid(carParam, "demoCarId");
        LocalDate date = QueryParams.date(dateParam, "date");
        TestDriveStatus status = QueryParams.enumOf(TestDriveStatus.class, statusParam, "status");
        String consultant = staff.seesOnlyOwn() ? staff.id() : consultantId;
        Filters f = new Filters()
                .and("leadId = :leadId", "leadId", leadId)
                .and("demoCarId = :car", "car", carId)
                .and("status = :status", "status", status)
                .andOnDay("slotStart", date, () -> profiles.zone(staff.dealerId()))
                .andIf(
                        consultant != null && !consultant.isBlank(),
                        "consultantId = :consultant",
                        "consultant",
                        consultant);
        var found = TestDrive.<TestDrive>find(f.query(), Sorts.of(sort, "id"), f.params());
        return Pages.of(found, page, drives::view);
    }
}
