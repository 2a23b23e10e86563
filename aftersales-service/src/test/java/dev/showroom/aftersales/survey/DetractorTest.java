package dev.showroom.aftersales.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.aftersales.complaint.Complaint.Category;
import dev.showroom.aftersales.complaint.Complaint.Severity;
import dev.showroom.aftersales.survey.SurveyService.AnswerInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Who is a detractor, and the complaint their answers open: plain rules, no Quarkus. */
class DetractorTest {

    static AnswerInput rating(String code, int r) {
        return new AnswerInput(code, r, null, null);
    }

    @Test
    void aPromoterOrPassiveWithNoLowRatingIsNoDetractor() {
        assertTrue(Detractor.of(
                        List.of(rating("RECEPTION_FRIENDLY", 3), rating("RECOMMEND", 7)), SurveyScoringTest.QUESTIONS)
                .isEmpty());
        assertTrue(Detractor.of(List.of(rating("RECOMMEND", 10)), SurveyScoringTest.QUESTIONS)
                .isEmpty());
        // a survey with no score at all (only a comment) makes none either
        assertTrue(Detractor.of(List.of(new AnswerInput("COMMENT", null, null, "ok")), SurveyScoringTest.QUESTIONS)
                .isEmpty());
    }

    @Test
    void aRecommendationOf6OrLessIsADetractorAnd3OrLessIsHigh() {
        Detractor six = Detractor.of(List.of(rating("RECOMMEND", 6)), SurveyScoringTest.QUESTIONS)
                .orElseThrow();
        assertEquals(Severity.MEDIUM, six.severity());
        assertEquals(Category.SALES_PROCESS, six.category());
        Detractor three = Detractor.of(List.of(rating("RECOMMEND", 3)), SurveyScoringTest.QUESTIONS)
                .orElseThrow();
        assertEquals(Severity.HIGH, three.severity());
    }

    @Test
    void aRatingOf1Or2IsADetractorWhateverTheRecommendationAndNamesItsStep() {
        Detractor two = Detractor.of(
                        List.of(
                                rating("RECEPTION_FRIENDLY", 4),
                                rating("DELIVERY_EXPLAINED", 2),
                                rating("RECOMMEND", 9)),
                        SurveyScoringTest.QUESTIONS)
                .orElseThrow();
        assertEquals(Severity.MEDIUM, two.severity());
        assertEquals(Category.DELIVERY, two.category());
        Detractor one = Detractor.of(List.of(rating("RECEPTION_WAIT", 1)), SurveyScoringTest.QUESTIONS)
                .orElseThrow();
        assertEquals(Severity.HIGH, one.severity());
        assertEquals(Category.SALES_PROCESS, one.category());
    }

    @Test
    void theDescriptionCarriesEveryAnswerBesideItsQuestion() {
        List<AnswerInput> answers = List.of(
                rating("RECOMMEND", 2),
                new AnswerInput("DRINK_OFFERED", null, false, null),
                new AnswerInput("COMMENT", null, null, "Nobody called back"));
        String text = Detractor.of(answers, SurveyScoringTest.QUESTIONS)
                .orElseThrow()
                .describe(answers, SurveyScoringTest.QUESTIONS);
        assertTrue(text.startsWith("Survey answered as a detractor (recommendation 2/10)"), text);
        assertTrue(text.contains("? 2/10") && text.contains("? no") && text.contains("\"Nobody called back\""), text);
    }
}
