package dev.showroom.aftersales.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.showroom.aftersales.survey.Question.Kind;
import dev.showroom.aftersales.survey.Question.Step;
import dev.showroom.aftersales.survey.SurveyService.AnswerInput;
import dev.showroom.platform.http.ProblemException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One survey's answers and scores as plain rules: no Quarkus, no database. */
class SurveyScoringTest {

    static final Map<String, Question> QUESTIONS = Map.of(
            "RECEPTION_FRIENDLY", new Question("RECEPTION_FRIENDLY", Kind.RATING_1_5, Step.RECEPTION, "?"),
            "RECEPTION_WAIT", new Question("RECEPTION_WAIT", Kind.RATING_1_5, Step.RECEPTION, "?"),
            "DELIVERY_EXPLAINED", new Question("DELIVERY_EXPLAINED", Kind.RATING_1_5, Step.DELIVERY, "?"),
            "RECOMMEND", new Question("RECOMMEND", Kind.NPS_0_10, Step.DELIVERY, "?"),
            "DRINK_OFFERED", new Question("DRINK_OFFERED", Kind.YES_NO, Step.RECEPTION, "?"),
            "COMMENT", new Question("COMMENT", Kind.TEXT, Step.DELIVERY, "?"));

    @Test
    void csiIsTheMeanRatingMappedTo0To100AndStepsKeepTheirOwnMean() {
        List<AnswerInput> answers = List.of(
                rating("RECEPTION_FRIENDLY", 5),
                rating("RECEPTION_WAIT", 4),
                rating("DELIVERY_EXPLAINED", 3),
                rating("RECOMMEND", 9),
                new AnswerInput("DRINK_OFFERED", null, true, null),
                new AnswerInput("COMMENT", null, null, "nice"));
        SurveyScoring.check(answers, QUESTIONS);
        SurveyScoring.Result r = SurveyScoring.score(answers, QUESTIONS);
        // mean of 5, 4, 3 = 4 -> (4 - 1) / 4 * 100 = 75.0; the NPS answer is not a rating
        assertEquals(75.0, r.csi());
        assertEquals(9, r.recommendScore());
        assertEquals(Map.of("RECEPTION", 4.5, "DELIVERY", 3.0), r.stepScores());
    }

    @Test
    void roundingTakesOnePlaceForTheCsiAndTwoForAStep() {
        List<AnswerInput> answers =
                List.of(rating("RECEPTION_FRIENDLY", 5), rating("RECEPTION_WAIT", 4), rating("DELIVERY_EXPLAINED", 4));
        SurveyScoring.Result r = SurveyScoring.score(answers, QUESTIONS);
        // mean 13/3 = 4.333.. -> 83.333.. -> 83.3
        assertEquals(83.3, r.csi());
        assertEquals(4.5, r.stepScores().get("RECEPTION"));
        List<AnswerInput> thirds = List.of(rating("RECEPTION_FRIENDLY", 5), rating("RECEPTION_WAIT", 4));
        assertEquals(87.5, SurveyScoring.score(thirds, QUESTIONS).csi());
        assertEquals(0.67, SurveyScoring.round(2.0 / 3, 2));
    }

    @Test
    void withoutRatingsOrARecommendationThoseScoresAreEmpty() {
        SurveyScoring.Result r =
                SurveyScoring.score(List.of(new AnswerInput("COMMENT", null, null, "fine")), QUESTIONS);
        assertNull(r.csi());
        assertNull(r.recommendScore());
        assertEquals(Map.of(), r.stepScores());
        assertEquals(
                0.0,
                SurveyScoring.score(List.of(rating("RECEPTION_WAIT", 1)), QUESTIONS)
                        .csi());
        assertEquals(
                0,
                SurveyScoring.score(List.of(rating("RECOMMEND", 0)), QUESTIONS).recommendScore());
    }

    @Test
    void eachAnswerFitsItsQuestionAndTheFirstWrongOneIsNamed() {
        invalid("answers[1].questionCode", "knownQuestion", List.of(rating("RECEPTION_WAIT", 3), rating("NO_SUCH", 3)));
        invalid("answers[1].questionCode", "unique", List.of(rating("RECEPTION_WAIT", 3), rating("RECEPTION_WAIT", 4)));
        invalid("answers[0].rating", "range", List.of(rating("RECEPTION_WAIT", 6)));
        invalid("answers[0].rating", "range", List.of(rating("RECEPTION_WAIT", 0)));
        invalid("answers[0].rating", "range", List.of(new AnswerInput("RECEPTION_WAIT", null, null, null)));
        invalid("answers[0].rating", "range", List.of(rating("RECOMMEND", 11)));
        invalid("answers[0].rating", "range", List.of(rating("RECOMMEND", -1)));
        invalid("answers[0].yes", "notNull", List.of(new AnswerInput("DRINK_OFFERED", 1, null, null)));
        invalid("answers[0].text", "notBlank", List.of(new AnswerInput("COMMENT", null, null, "  ")));
        // the bounds themselves are fine
        SurveyScoring.check(
                List.of(rating("RECOMMEND", 0), rating("RECEPTION_WAIT", 1), rating("RECEPTION_FRIENDLY", 5)),
                QUESTIONS);
    }

    static AnswerInput rating(String code, int rating) {
        return new AnswerInput(code, rating, null, null);
    }

    static void invalid(String field, String rule, List<AnswerInput> answers) {
        ProblemException e = assertThrows(ProblemException.class, () -> SurveyScoring.check(answers, QUESTIONS));
        assertEquals(400, e.status());
        assertEquals(field, e.errors().get(0).field());
        assertEquals(rule, e.errors().get(0).rule());
    }
}
