package dev.showroom.visit.needs;

import dev.showroom.platform.http.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The model and trim a needs analysis recommends (docs/process.md, step 4: the analysis leads to the model that
 * fits, which step 5 presents). Both are codes of the dealer's catalogue, which order-service owns and
 * visit-service has no copy of: what can be checked here is the catalogue's own code rule (capitals, digits,
 * {@code _} and {@code -}, at most 40) and that a trim comes with its model. A code the catalogue does not know
 * shows when the quote is built (order-service refuses it there). A blank code is no recommendation.
 */
public record Recommendation(String model, String trim) {

    /** order-service's catalogue code ({@code CatalogueResource.CODE}). */
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    public static final Recommendation NONE = new Recommendation(null, null);

    /** The recommendation as typed (trimmed, upper-cased), or the rules it breaks, each naming its field. */
    public static Recommendation of(String model, String trim, List<Problem.FieldError> errors) {
        String m = normalise(model);
        String t = normalise(trim);
        List<Problem.FieldError> found = new ArrayList<>();
        if (m != null && !CODE.matcher(m).matches()) {
            found.add(new Problem.FieldError(
                    "recommendedModel",
                    "catalogueCode",
                    "recommendedModel must be a model code of the catalogue (A-Z, 0-9, _ and -, at most 40)"));
        }
        if (t != null && !CODE.matcher(t).matches()) {
            found.add(new Problem.FieldError(
                    "recommendedTrim",
                    "catalogueCode",
                    "recommendedTrim must be a trim code of the catalogue (A-Z, 0-9, _ and -, at most 40)"));
        } else if (t != null && m == null) {
            found.add(new Problem.FieldError(
                    "recommendedTrim", "modelFirst", "A recommended trim needs the recommended model"));
        }
        errors.addAll(found);
        return found.isEmpty() ? new Recommendation(m, t) : NONE;
    }

    public boolean present() {
        return model != null;
    }

    private static String normalise(String code) {
        return code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    }
}
