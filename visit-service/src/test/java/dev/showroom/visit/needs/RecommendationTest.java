package dev.showroom.visit.needs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.http.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationTest {

    @Test
    void aModelAndTrimAreCatalogueCodesAsTyped() {
        List<Problem.FieldError> errors = new ArrayList<>();
        Recommendation r = Recommendation.of(" aurora ", "long_range", errors);
        assertTrue(errors.isEmpty());
        assertEquals(new Recommendation("AURORA", "LONG_RANGE"), r);
        assertTrue(r.present());
    }

    @Test
    void blankIsNoRecommendation() {
        List<Problem.FieldError> errors = new ArrayList<>();
        Recommendation r = Recommendation.of("  ", null, errors);
        assertTrue(errors.isEmpty());
        assertFalse(r.present());
    }

    @Test
    void aTrimNeedsItsModel() {
        List<Problem.FieldError> errors = new ArrayList<>();
        Recommendation.of(null, "LONG_RANGE", errors);
        assertEquals(List.of("recommendedTrim/modelFirst"), names(errors));
    }

    @Test
    void somethingThatIsNoCodeIsNamed() {
        List<Problem.FieldError> errors = new ArrayList<>();
        Recommendation.of("Aurora 600 km!", "x".repeat(41), errors);
        assertEquals(List.of("recommendedModel/catalogueCode", "recommendedTrim/catalogueCode"), names(errors));
    }

    private static List<String> names(List<Problem.FieldError> errors) {
        return errors.stream().map(e -> e.field() + "/" + e.rule()).toList();
    }
}
