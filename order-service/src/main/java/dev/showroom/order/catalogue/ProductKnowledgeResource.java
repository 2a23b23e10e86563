package dev.showroom.order.catalogue;

import dev.showroom.order.catalogue.ProductKnowledge.Competitor;
import dev.showroom.order.catalogue.ProductKnowledge.SellingPoint;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.IfMatch;
import dev.showroom.platform.http.Preconditions;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import dev.showroom.platform.http.Versioned;
import dev.showroom.platform.persistence.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A model's product knowledge (docs/process.md, step 5): managers and admins edit it, the sales floor reads it. */
@Path("/api/v1/catalogue/models/{code}/product-knowledge")
@Tag(
        name = "Product knowledge",
        description = "What consultants present of a model: selling points (feature, advantage, benefit, use scenes), "
                + "the USP and the strengths and weaknesses against competitor models")
@RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
public class ProductKnowledgeResource {

    public record SellingPointRequest(
            UUID id,
            @Size(max = 40) String trimCode,
            @NotBlank @Size(max = 200) String feature,
            @NotBlank @Size(max = 500) String advantage,
            @NotBlank @Size(max = 500) String benefit,
            @Size(max = 8) List<@NotBlank @Size(max = 60) String> scenes) {}

    public record CompetitorRequest(
            @NotBlank @Size(max = 200) String competitorModel,
            @NotNull @Size(min = 1, max = 3) List<@NotBlank @Size(max = 200) String> strengths,
            @NotNull @Size(max = 3) List<@NotBlank @Size(max = 200) String> weaknesses) {}

    public record KnowledgeRequest(
            @Size(max = 500) String usp,
            @NotNull @Size(max = 30) List<@NotNull @Valid SellingPointRequest> sellingPoints,
            @Size(max = 10) List<@NotNull @Valid CompetitorRequest> competitors) {}

    public record KnowledgeView(
            String modelCode,
            String usp,
            List<SellingPoint> sellingPoints,
            List<Competitor> competitors,
            String updatedBy,
            Instant updatedAt,
            long version)
            implements Versioned {}

    @Inject
    CurrentStaff staff;

    @Inject
    Clock clock;

    @GET
    @Operation(
            operationId = "getProductKnowledge",
            summary = "A model's selling points, USP and competitor comparison (empty, version 0, until written)")
    public KnowledgeView get(@PathParam("code") String code) {
        VehicleModel model = model(code);
        ProductKnowledge k = ProductKnowledge.findById(model.id);
        return k == null ? new KnowledgeView(model.code, null, List.of(), List.of(), null, null, 0) : view(model, k);
    }

    @PUT
    @Transactional
    @IfMatch(required = true)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "updateProductKnowledge",
            summary =
                    "Replace a model's selling points, USP and competitor comparison (If-Match: its ETag, required); a point "
                            + "sent with its id keeps it, one without gets a new id")
    public KnowledgeView update(@PathParam("code") String code, @Valid @NotNull KnowledgeRequest request) {
        VehicleModel model = model(code);
        ProductKnowledge k = ProductKnowledge.findById(model.id);
        Preconditions.check(k == null ? 0 : k.version);
        List<SellingPoint> points = sellingPoints(model, request.sellingPoints());
        List<Competitor> competitors = competitors(request.competitors() == null ? List.of() : request.competitors());
        if (k == null) {
            k = new ProductKnowledge();
            k.modelId = model.id;
        }
        k.usp = request.usp() == null || request.usp().isBlank()
                ? null
                : request.usp().strip();
        k.sellingPoints = points;
        k.competitors = competitors;
        k.updatedBy = staff.id();
        k.updatedAt = Instant.now(clock);
        if (!k.isPersistent()) {
            k.persist();
        }
        return view(model, Versions.stored(k));
    }

    private static List<SellingPoint> sellingPoints(VehicleModel model, List<SellingPointRequest> requests) {
        Set<UUID> ids = new HashSet<>();
        List<SellingPoint> points = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            SellingPointRequest r = requests.get(i);
            String trim = r.trimCode() == null || r.trimCode().isBlank()
                    ? null
                    : r.trimCode().strip();
            if (trim != null && CatalogueItem.find(model.id, ItemKind.TRIM, trim) == null) {
                throw ProblemException.invalid(
                        "sellingPoints[" + i + "].trimCode", "trimOfModel", "trimCode must be a trim of " + model.code);
            }
            UUID id = r.id() != null ? r.id() : UUID.randomUUID();
            if (!ids.add(id)) {
                throw ProblemException.invalid("sellingPoints[" + i + "].id", "unique", "Each selling point once");
            }
            points.add(new SellingPoint(
                    id,
                    trim,
                    r.feature().strip(),
                    r.advantage().strip(),
                    r.benefit().strip(),
                    r.scenes() == null
                            ? List.of()
                            : r.scenes().stream().map(String::strip).toList()));
        }
        return points;
    }

    private static List<Competitor> competitors(List<CompetitorRequest> requests) {
        Set<String> names = new HashSet<>();
        List<Competitor> out = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            CompetitorRequest r = requests.get(i);
            if (!names.add(r.competitorModel().strip().toLowerCase())) {
                throw ProblemException.invalid(
                        "competitors[" + i + "].competitorModel", "unique", "Each competitor model once");
            }
            out.add(new Competitor(
                    r.competitorModel().strip(),
                    r.strengths().stream().map(String::strip).toList(),
                    r.weaknesses().stream().map(String::strip).toList()));
        }
        return out;
    }

    private static VehicleModel model(String code) {
        VehicleModel model = VehicleModel.byCode(code);
        if (model == null) {
            throw ProblemException.notFound("Model");
        }
        return model;
    }

    private static KnowledgeView view(VehicleModel model, ProductKnowledge k) {
        return new KnowledgeView(
                model.code, k.usp, k.sellingPoints, k.competitors, k.updatedBy, k.updatedAt, k.version);
    }
}
