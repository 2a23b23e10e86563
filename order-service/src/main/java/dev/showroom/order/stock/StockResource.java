package dev.showroom.order.stock;

import dev.showroom.order.catalogue.Catalogue;
import dev.showroom.order.catalogue.CatalogueResource;
import dev.showroom.platform.http.Page;
import dev.showroom.platform.http.PageRequest;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.SortOrder;
import dev.showroom.platform.http.Sortable;
import dev.showroom.platform.idempotency.IdempotentCreate;
import dev.showroom.platform.persistence.Filters;
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/stock")
@Tag(name = "Stock", description = "Vehicles in stock and their arrival")
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class StockResource {

    public record VehicleRequest(
            @NotBlank String vin,

            @NotBlank @Pattern(regexp = CatalogueResource.CODE)
            String modelCode,

            @NotBlank @Pattern(regexp = CatalogueResource.CODE)
            String trimCode,

            @NotBlank @Pattern(regexp = CatalogueResource.CODE)
            String colourCode,

            @Size(max = 50) List<@NotBlank @Pattern(regexp = CatalogueResource.CODE) String> optionCodes,
            VehicleStatus status,
            LocalDate arrivalDate) {}

    public record ArrivalRequest(LocalDate arrivalDate) {}

    public record VehicleView(
            String vin,
            String modelCode,
            String trimCode,
            String colourCode,
            List<String> optionCodes,
            VehicleStatus status,
            LocalDate arrivalDate,
            UUID orderId) {}

    @Inject
    Catalogue catalogue;

    @Inject
    Clock clock;

    @Inject
    jakarta.persistence.EntityManager em;

    @Inject
    jakarta.enterprise.event.Event<CarInStock> arrived;

    @POST
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "addStockVehicle",
            summary = "Add a car to stock (IN_STOCK by default, or IN_TRANSIT with its expected arrival as "
                    + "arrivalDate); a car in stock goes at once to the oldest order waiting for it")
    @APIResponse(
            responseCode = "201",
            description = "The car; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VehicleView.class)))
    public Response add(@Valid @NotNull VehicleRequest request) {
        String problem = Vin.problem(request.vin());
        if (problem != null) {
            throw ProblemException.invalid("vin", "vin", problem);
        }
        VehicleStatus status = request.status() == null ? VehicleStatus.IN_STOCK : request.status();
        if (status != VehicleStatus.IN_STOCK && status != VehicleStatus.IN_TRANSIT) {
            throw ProblemException.invalid("status", "stockStatus", "a new car is IN_STOCK or IN_TRANSIT");
        }
        String vin = Vin.normalise(request.vin());
        if (Vehicle.byVin(vin) != null) {
            throw ProblemException.conflict("VIN " + vin + " is already in stock");
        }
        Catalogue.Configuration config =
                catalogue.resolve(request.modelCode(), request.trimCode(), request.colourCode(), request.optionCodes());
        Vehicle v = new Vehicle();
        v.id = UUID.randomUUID();
        v.vin = vin;
        v.modelCode = config.model().code;
        v.trimCode = config.trim().code;
        v.colourCode = config.colour().code;
        v.optionCodes = config.optionKey();
        v.status = status;
        v.arrivalDate = request.arrivalDate() != null || status == VehicleStatus.IN_TRANSIT
                ? request.arrivalDate()
                : LocalDate.now(clock);
        v.createdAt = Instant.now(clock);
        v.persist();
        if (v.status == VehicleStatus.IN_STOCK) {
            inStock(v);
        }
        return Response.created(URI.create("/api/v1/stock/" + v.vin))
                .entity(view(v))
                .build();
    }

    @POST
    @Path("{vin}/arrival")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "recordStockArrival",
            summary = "A car in transit arrived: it is in stock from now on, and goes at once to the oldest order "
                    + "waiting for its model, trim, colour and options (order.allocated)")
    public VehicleView arrived(@PathParam("vin") String vin, @Valid ArrivalRequest request) {
        Vehicle v = find(vin);
        if (v.status != VehicleStatus.IN_TRANSIT) {
            throw ProblemException.conflict("The car is " + v.status + ", not IN_TRANSIT");
        }
        v.status = VehicleStatus.IN_STOCK;
        v.arrivalDate = request != null && request.arrivalDate() != null ? request.arrivalDate() : LocalDate.now(clock);
        inStock(v);
        return view(v);
    }

    /** The oldest order waiting for this car's configuration takes it at once (orders' ArrivalQueue). */
    private void inStock(Vehicle v) {
        em.flush();
        arrived.fire(new CarInStock(v.dealerId, v.id, v.vin, v.modelCode, v.trimCode, v.colourCode, v.optionCodes));
        em.refresh(v);
    }

    @GET
    @Path("{vin}")
    @Operation(operationId = "getStockVehicle", summary = "One car by VIN")
    public VehicleView get(@PathParam("vin") String vin) {
        return view(find(vin));
    }

    @GET
    @Operation(
            operationId = "listStock",
            summary = "The dealer's stock, filtered by status and model, longest in stock first")
    @Sortable(
            value = {"arrivalDate", "vin", "modelCode"},
            byDefault = "arrivalDate,vin")
    public Page<VehicleView> list(
            @QueryParam("status") String statusParam,
            @QueryParam("modelCode") String modelCode,
            @BeanParam @Valid PageRequest page,
            @BeanParam SortOrder sort) {
        VehicleStatus status = QueryParams.enumOf(VehicleStatus.class, statusParam, "status");
        Filters f = new Filters()
                .and("status = :status", "status", status)
                .andIf(modelCode != null && !modelCode.isBlank(), "modelCode = :model", "model", modelCode);
        var query = Vehicle.<Vehicle>find(f.query(), Sorts.of(sort, "id"), f.params());
        return Pages.of(query, page, StockResource::view);
    }

    private static Vehicle find(String vin) {
        Vehicle v = Vehicle.byVin(vin);
        if (v == null) {
            throw ProblemException.notFound("Vehicle");
        }
        return v;
    }

    static VehicleView view(Vehicle v) {
        return new VehicleView(
                v.vin,
                v.modelCode,
                v.trimCode,
                v.colourCode,
                Catalogue.codesOf(v.optionCodes),
                v.status,
                v.arrivalDate,
                v.orderId);
    }
}
