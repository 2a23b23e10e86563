package dev.showroom.order.catalogue;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.showroom.platform.dealer.DealerProfile;
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
import dev.showroom.platform.persistence.Pages;
import dev.showroom.platform.persistence.Sorts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/catalogue")
@Tag(name = "Catalogue", description = "Models, trims, colours, options and price lists")
@RolesAllowed({Roles.CONSULTANT, Roles.RECEPTIONIST, Roles.MANAGER, Roles.ADMIN})
public class CatalogueResource {

    /** Codes are what staff type and what stock, quotes and price lists refer to. */
    public static final String CODE = "[A-Z0-9][A-Z0-9_-]{0,39}";

    public record ItemRequest(
            @NotBlank @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 100) String name) {}

    public record ModelRequest(
            @NotBlank @Pattern(regexp = CODE) String code,
            @NotBlank @Size(max = 100) String name,
            @Size(max = 50) List<@Valid @NotNull ItemRequest> trims,
            @Size(max = 50) List<@Valid @NotNull ItemRequest> colours,
            @Size(max = 200) List<@Valid @NotNull ItemRequest> options) {}

    public record ItemView(String code, String name) {}

    public record ModelView(
            UUID id, String code, String name, List<ItemView> trims, List<ItemView> colours, List<ItemView> options) {}

    public record PriceItemRequest(
            @NotBlank @Pattern(regexp = CODE) String modelCode,
            @NotNull ItemKind kind,
            @NotBlank @Pattern(regexp = CODE) String code,

            @NotNull @DecimalMin("0.00") @Digits(integer = 12, fraction = 2)
            BigDecimal price) {}

    public record PriceListRequest(
            @NotBlank @Size(max = 100) String name,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @NotNull @Size(min = 1, max = 2000) List<@Valid @NotNull PriceItemRequest> items) {}

    public record PriceItemView(
            String modelCode,
            ItemKind kind,
            String code,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price) {}

    public record PriceListView(
            UUID id,
            String name,
            String currency,
            LocalDate validFrom,
            LocalDate validTo,
            String createdBy,
            Instant createdAt,
            List<PriceItemView> items) {}

    public record CurrentPrice(
            ItemKind kind,
            String code,
            String name,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
            UUID priceListId) {}

    public record ModelPrices(String modelCode, LocalDate date, String currency, List<CurrentPrice> prices) {}

    @Inject
    CurrentStaff staff;

    @Inject
    Catalogue catalogue;

    @Inject
    PriceBook priceBook;

    @Inject
    DealerProfiles profiles;

    @Inject
    Clock clock;

    @POST
    @Path("models")
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "createModel", summary = "Add a model with its trims, colours and options")
    @APIResponse(
            responseCode = "201",
            description = "The model; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ModelView.class)))
    public Response createModel(@Valid @NotNull ModelRequest request) {
        if (VehicleModel.byCode(request.code()) != null) {
            throw ProblemException.conflict("Model " + request.code() + " already exists");
        }
        VehicleModel model = new VehicleModel();
        model.id = UUID.randomUUID();
        model.code = request.code();
        model.name = request.name();
        model.persist();
        addAll(model, ItemKind.TRIM, request.trims(), "trims");
        addAll(model, ItemKind.COLOUR, request.colours(), "colours");
        addAll(model, ItemKind.OPTION, request.options(), "options");
        return Response.created(URI.create("/api/v1/catalogue/models/" + model.code))
                .entity(view(model))
                .build();
    }

    @POST
    @Path("models/{code}/trims")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "addModelTrim", summary = "Add a trim to a model")
    public ModelView addTrim(@PathParam("code") String code, @Valid @NotNull ItemRequest request) {
        return addItem(code, ItemKind.TRIM, request);
    }

    @POST
    @Path("models/{code}/colours")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "addModelColour", summary = "Add a colour to a model")
    public ModelView addColour(@PathParam("code") String code, @Valid @NotNull ItemRequest request) {
        return addItem(code, ItemKind.COLOUR, request);
    }

    @POST
    @Path("models/{code}/options")
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "addModelOption", summary = "Add an option to a model")
    public ModelView addOption(@PathParam("code") String code, @Valid @NotNull ItemRequest request) {
        return addItem(code, ItemKind.OPTION, request);
    }

    @GET
    @Path("models")
    @Operation(operationId = "listModels", summary = "The dealer's models with their trims, colours and options")
    @Sortable(
            value = {"code", "name"},
            byDefault = "code")
    public Page<ModelView> models(@BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        var query = VehicleModel.<VehicleModel>findAll(Sorts.of(sort, "id"));
        List<ModelView> items = query.page(page.page, page.size).list().stream()
                .map(CatalogueResource::view)
                .toList();
        return Page.of(items, page, query.count());
    }

    @GET
    @Path("models/{code}")
    @Operation(operationId = "getModel", summary = "One model")
    public ModelView model(@PathParam("code") String code) {
        VehicleModel model = VehicleModel.byCode(code);
        if (model == null) {
            throw ProblemException.notFound("Model");
        }
        return view(model);
    }

    @GET
    @Path("models/{code}/prices")
    @Operation(
            operationId = "listModelPrices",
            summary = "What each trim, colour and option of a model costs on a day (today by default)")
    public ModelPrices prices(@PathParam("code") String code, @QueryParam("date") String dateParam) {
        LocalDate date = QueryParams.date(dateParam, "date");
        VehicleModel model = VehicleModel.byCode(code);
        if (model == null) {
            throw ProblemException.notFound("Model");
        }
        DealerProfile dealer = profiles.of(staff.dealerId());
        LocalDate day = date != null ? date : dealer.today(clock);
        List<CurrentPrice> prices = new ArrayList<>();
        for (CatalogueItem item : CatalogueItem.ofModel(model.id)) {
            try {
                PriceBook.Price p = priceBook.priceOn(day, model.code, item.kind, item.code);
                prices.add(new CurrentPrice(item.kind, item.code, item.name, p.amount(), p.priceListId()));
            } catch (ProblemException unpriced) {
                prices.add(new CurrentPrice(item.kind, item.code, item.name, null, null));
            }
        }
        return new ModelPrices(model.code, day, dealer.currency, prices);
    }

    @POST
    @Path("price-lists")
    @Transactional
    @IdempotentCreate
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "createPriceList",
            summary = "Publish a price list valid from a day to a day; it prices the items it names")
    @APIResponse(
            responseCode = "201",
            description = "The price list; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PriceListView.class)))
    public Response createPriceList(@Valid @NotNull PriceListRequest request) {
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalid("validTo", "afterValidFrom", "must not be before validFrom");
        }
        PriceList list = new PriceList();
        list.id = UUID.randomUUID();
        list.name = request.name();
        list.currency = profiles.currency(staff.dealerId());
        list.validFrom = request.validFrom();
        list.validTo = request.validTo();
        list.createdBy = staff.id();
        list.createdAt = Instant.now(clock);
        list.persist();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.items().size(); i++) {
            PriceItemRequest r = request.items().get(i);
            String field = "items[" + i + "]";
            VehicleModel model = VehicleModel.byCode(r.modelCode());
            if (model == null) {
                throw ProblemException.invalid(field + ".modelCode", "known", "Unknown model " + r.modelCode());
            }
            if (CatalogueItem.find(model.id, r.kind(), r.code()) == null) {
                throw ProblemException.invalid(
                        field + ".code",
                        "known",
                        "Model " + r.modelCode() + " has no " + r.kind().name().toLowerCase() + " " + r.code());
            }
            if (!seen.add(r.modelCode() + "/" + r.kind() + "/" + r.code())) {
                throw ProblemException.invalid(field, "unique", "priced twice in this list");
            }
            PriceListItem item = new PriceListItem();
            item.id = UUID.randomUUID();
            item.priceListId = list.id;
            item.modelCode = r.modelCode();
            item.kind = r.kind();
            item.code = r.code();
            item.price = r.price();
            item.persist();
        }
        return Response.created(URI.create("/api/v1/catalogue/price-lists/" + list.id))
                .entity(view(list))
                .build();
    }

    @GET
    @Path("price-lists")
    @Operation(operationId = "listPriceLists", summary = "The dealer's price lists, latest first")
    @Sortable(
            value = {"validFrom", "createdAt", "name"},
            byDefault = "-validFrom,-createdAt")
    public Page<PriceListView> priceLists(@BeanParam @Valid PageRequest page, @BeanParam SortOrder sort) {
        var query = PriceList.<PriceList>findAll(Sorts.of(sort, "id"));
        return Pages.of(query, page, CatalogueResource::view);
    }

    @GET
    @Path("price-lists/{id}")
    @Operation(operationId = "getPriceList", summary = "One price list with its prices")
    public PriceListView priceList(@PathParam("id") UUID id) {
        PriceList list = PriceList.findById(id);
        if (list == null) {
            throw ProblemException.notFound("Price list");
        }
        return view(list);
    }

    private ModelView addItem(String modelCode, ItemKind kind, ItemRequest request) {
        VehicleModel model = VehicleModel.byCode(modelCode);
        if (model == null) {
            throw ProblemException.notFound("Model");
        }
        addAll(model, kind, List.of(request), "code");
        return view(model);
    }

    private static void addAll(VehicleModel model, ItemKind kind, List<ItemRequest> requests, String field) {
        if (requests == null) {
            return;
        }
        for (ItemRequest r : requests) {
            if (CatalogueItem.find(model.id, kind, r.code()) != null) {
                throw ProblemException.invalid(
                        field, "unique", kind.name().toLowerCase() + " " + r.code() + " is listed twice");
            }
            CatalogueItem item = new CatalogueItem();
            item.id = UUID.randomUUID();
            item.modelId = model.id;
            item.kind = kind;
            item.code = r.code();
            item.name = r.name();
            item.persist();
        }
    }

    static ModelView view(VehicleModel model) {
        List<CatalogueItem> items = CatalogueItem.ofModel(model.id);
        return new ModelView(
                model.id,
                model.code,
                model.name,
                itemsOf(items, ItemKind.TRIM),
                itemsOf(items, ItemKind.COLOUR),
                itemsOf(items, ItemKind.OPTION));
    }

    private static List<ItemView> itemsOf(List<CatalogueItem> items, ItemKind kind) {
        return items.stream()
                .filter(i -> i.kind == kind)
                .map(i -> new ItemView(i.code, i.name))
                .toList();
    }

    static PriceListView view(PriceList list) {
        return new PriceListView(
                list.id,
                list.name,
                list.currency,
                list.validFrom,
                list.validTo,
                list.createdBy,
                list.createdAt,
                PriceListItem.ofList(list.id).stream()
                        .map(i -> new PriceItemView(i.modelCode, i.kind, i.code, i.price))
                        .toList());
    }
}
