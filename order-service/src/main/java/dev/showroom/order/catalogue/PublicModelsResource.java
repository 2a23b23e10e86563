package dev.showroom.order.catalogue;

import static dev.showroom.platform.http.PublicFormRules.DEALER_ID_MAX;
import static dev.showroom.platform.http.PublicFormRules.DEALER_ID_PATTERN;

import dev.showroom.platform.http.Roles;
import dev.showroom.platform.tenancy.DealerContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The models a dealer sells, by code and name, for the forms of its website (the enquiry and the test-drive
 * request suggest them as the customer types). Public knowledge, so nothing is refused: a dealer unknown here has no
 * models. Prices stay with staff.
 */
@Path("/api/v1/public/models")
@Tag(
        name = "For the gateway",
        description = "Called only by the gateway's public endpoints, with its service token; not routed to clients")
public class PublicModelsResource {

    /** At most this many models (a dealer's catalogue is a few dozen). */
    static final int MAX = 200;

    public record PublicModel(String code, String name) {}

    @GET
    @RolesAllowed(Roles.SERVICE)
    @Operation(
            operationId = "listModelsForTheWebsite",
            summary = "The models a dealer sells (code and name, by name): the suggestions of its website's forms")
    public List<PublicModel> models(
            @QueryParam("dealerId") @NotBlank @Size(max = DEALER_ID_MAX) @Pattern(regexp = DEALER_ID_PATTERN)
                    String dealerId) {
        return DealerContext.call(
                dealerId,
                () -> VehicleModel.<VehicleModel>find("order by name, code").page(0, MAX).list().stream()
                        .map(m -> new PublicModel(m.code, m.name))
                        .toList());
    }
}
