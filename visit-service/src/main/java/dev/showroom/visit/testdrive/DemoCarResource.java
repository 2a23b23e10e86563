package dev.showroom.visit.testdrive;

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
import dev.showroom.platform.persistence.Sorts;
import dev.showroom.platform.persistence.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/demo-cars")
@Tag(name = "Demo fleet", description = "The dealer's demo cars and their availability")
public class DemoCarResource {

    public record DemoCarRequest(
            @NotBlank @Size(max = 100) String model,
            @Size(max = 100) String trim,
            @NotBlank @Size(max = 20) String plate,

            @NotBlank @Pattern(regexp = "[A-HJ-NPR-Za-hj-npr-z0-9]{17}", message = "must be a 17-character VIN")
            String vin,

            @jakarta.validation.constraints.PositiveOrZero Integer odometer) {}

    public record StatusRequest(@NotNull DemoCarStatus status) {}

    /** A slot the car is booked or out on a drive: no customer, no consultant (what a slot grid shows as taken). */
    public record BookedSlot(Instant start, Instant end) {}

    /** booked: with {@code bookedOn} only, the car's booked slots that day, whoever booked them. */
    public record DemoCarView(
            UUID id,
            String model,
            String trim,
            String plate,
            String vin,
            DemoCarStatus status,
            Integer odometer,
            long version,
            List<BookedSlot> booked)
            implements Versioned {

        static DemoCarView of(DemoCar c) {
            return of(c, null);
        }

        static DemoCarView of(DemoCar c, List<BookedSlot> booked) {
            return new DemoCarView(c.id, c.model, c.trim, c.plate, c.vin, c.status, c.odometer, c.version, booked);
        }
    }

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
    @Operation(operationId = "createDemoCar", summary = "Add a car to the demo fleet")
    @APIResponse(
            responseCode = "201",
            description = "The demo car; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DemoCarView.class)))
    public Response create(@Valid @NotNull DemoCarRequest request) {
        DemoCar car = new DemoCar();
        car.id = UUID.randomUUID();
        car.model = request.model().strip();
        car.trim = request.trim() == null || request.trim().isBlank()
                ? null
                : request.trim().strip();
        car.plate = request.plate().strip().toUpperCase(Locale.ROOT);
        car.vin = request.vin().toUpperCase(Locale.ROOT);
        car.status = DemoCarStatus.AVAILABLE;
        car.odometer = request.odometer();
        car.createdAt = Instant.now(clock);
        if (DemoCar.count("plate", car.plate) > 0) {
            throw ProblemException.conflict("A demo car with plate " + car.plate + " exists already");
        }
        car.persist();
        return Response.created(URI.create("/api/v1/demo-cars/" + car.id))
                .entity(DemoCarView.of(car))
                .build();
    }

    @GET
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "listDemoCars",
            summary = "The demo fleet, by status or model, by model and plate; with "
                    + "bookedOn (a day of the dealer), each car with its booked slots that day, whoever booked them")
    @Sortable(
            value = {"model", "plate", "odometer"},
            byDefault = "model,plate")
    public Page<DemoCarView> list(
            @QueryParam("status") String statusParam,
            @QueryParam("model") @Size(max = 100) String model,
            @QueryParam("bookedOn") String bookedOnParam,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        DemoCarStatus status = QueryParams.enumOf(DemoCarStatus.class, statusParam, "status");
        LocalDate bookedOn = QueryParams.date(bookedOnParam, "bookedOn");
        Filters f = new Filters()
                .and("status = :status", "status", status)
                .andIf(
                        model != null && !model.isBlank(),
                        "model = :model",
                        "model",
                        model == null ? null : model.strip());
        var found = DemoCar.<DemoCar>find(f.query(), Sorts.of(sort, "id"), f.params());
        List<DemoCar> cars = found.page(page.page, page.size).list();
        if (bookedOn == null) {
            return Page.of(cars.stream().map(DemoCarView::of).toList(), page, found.count());
        }
        // a consultant sees only their own drives, but a slot a colleague booked is taken all the same:
        // the slots of every car of the page in one query, without who booked them or for whom
        Map<UUID, List<BookedSlot>> booked = new HashMap<>();
        cars.forEach(c -> booked.put(c.id, new ArrayList<>()));
        if (!cars.isEmpty()) {
            Filters day = new Filters()
                    .andIf(
                            true,
                            "demoCarId in :cars and status in :live",
                            "cars",
                            booked.keySet(),
                            "live",
                            List.of(TestDriveStatus.BOOKED, TestDriveStatus.IN_PROGRESS))
                    .andOnDay("slotStart", bookedOn, () -> profiles.zone(staff.dealerId()));
            TestDrive.<TestDrive>find(day.query() + " order by slotStart", day.params())
                    .list()
                    .forEach(d -> booked.get(d.demoCarId).add(new BookedSlot(d.slotStart, d.slotEnd)));
        }
        return Page.of(
                cars.stream().map(c -> DemoCarView.of(c, booked.get(c.id))).toList(), page, found.count());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.RECEPTIONIST, Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getDemoCar", summary = "One demo car")
    public DemoCarView get(@PathParam("id") UUID id) {
        return DemoCarView.of(find(id));
    }

    @PUT
    @Path("{id}/status")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @IfMatch
    @Operation(
            operationId = "updateDemoCarStatus",
            summary = "Take a car out of service, retire it, or make it available again")
    public DemoCarView status(@PathParam("id") UUID id, @Valid @NotNull StatusRequest request) {
        DemoCar car = find(id);
        Preconditions.check(car.version);
        car.status = request.status();
        return DemoCarView.of(Versions.stored(car));
    }

    private static DemoCar find(UUID id) {
        DemoCar car = DemoCar.findById(id);
        if (car == null) {
            throw ProblemException.notFound("Demo car");
        }
        return car;
    }
}
