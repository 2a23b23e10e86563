package dev.showroom.order.catalogue;

import dev.showroom.platform.http.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** Resolves the codes a client sends (model, trim, colour, options) to catalogue entries, or a 400 naming the field. */
@ApplicationScoped
public class Catalogue {

    /** A configuration of one model, as offered in a quote or held in stock. */
    public record Configuration(
            VehicleModel model, CatalogueItem trim, CatalogueItem colour, List<CatalogueItem> options) {

        /** Sorted, comma-separated: equal option sets give equal keys (stock matching). */
        public String optionKey() {
            return keyOf(options.stream().map(o -> o.code).toList());
        }
    }

    public VehicleModel model(String code) {
        VehicleModel model = code == null ? null : VehicleModel.byCode(code);
        if (model == null) {
            throw ProblemException.invalid("modelCode", "known", "Unknown model " + code);
        }
        return model;
    }

    public Configuration resolve(String modelCode, String trimCode, String colourCode, Collection<String> optionCodes) {
        VehicleModel model = model(modelCode);
        CatalogueItem trim = item(model, ItemKind.TRIM, trimCode, "trimCode");
        CatalogueItem colour = item(model, ItemKind.COLOUR, colourCode, "colourCode");
        List<CatalogueItem> options = new ArrayList<>();
        for (String code : new TreeSet<>(optionCodes == null ? List.of() : optionCodes)) {
            options.add(item(model, ItemKind.OPTION, code, "optionCodes"));
        }
        return new Configuration(model, trim, colour, options);
    }

    private static CatalogueItem item(VehicleModel model, ItemKind kind, String code, String field) {
        CatalogueItem item = code == null ? null : CatalogueItem.find(model.id, kind, code);
        if (item == null) {
            throw ProblemException.invalid(
                    field,
                    "known",
                    "Model " + model.code + " has no " + kind.name().toLowerCase() + " " + code);
        }
        return item;
    }

    public static String keyOf(Collection<String> codes) {
        return String.join(",", new TreeSet<>(codes == null ? List.of() : codes));
    }

    public static List<String> codesOf(String key) {
        return key == null || key.isEmpty() ? List.of() : List.of(key.split(","));
    }
}
