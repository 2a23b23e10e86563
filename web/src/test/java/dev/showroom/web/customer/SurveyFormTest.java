package dev.showroom.web.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyFormTest {

    static PublicApi.Question q(String code, String kind, String step) {
        return new PublicApi.Question(code, kind, step, code);
    }

    static final PublicApi.Survey SURVEY = new PublicApi.Survey(
            "Sales satisfaction",
            "dealer-sh-01",
            List.of(
                    q("WELCOME", "RATING_1_5", "RECEPTION"),
                    q("COFFEE", "YES_NO", "RECEPTION"),
                    q("DRIVE", "YES_NO", "TEST_DRIVE"),
                    q("HANDOVER", "RATING_1_5", "DELIVERY"),
                    q("RECOMMEND", "NPS_0_10", "DELIVERY"),
                    q("COMMENTS", "TEXT", "DELIVERY")));

    @Test
    void questionsGoInRunsOfOneStepWithTheRecommendationAndTheCommentLast() {
        SurveyForm form = SurveyForm.of(SURVEY, Map.of());
        assertEquals(
                List.of("RECEPTION", "TEST_DRIVE", "DELIVERY", SurveyForm.OVERALL),
                form.sections().stream().map(SurveyForm.Section::step).toList());
        assertEquals(
                List.of("RECOMMEND", "COMMENTS"),
                form.sections().get(3).questions().stream()
                        .map(n -> n.question().code())
                        .toList());
    }

    @Test
    void eachQuestionKeepsItsNumberInTheTemplatesOrder() {
        SurveyForm form = SurveyForm.of(SURVEY, Map.of());
        List<Integer> numbers = form.sections().stream()
                .flatMap(s -> s.questions().stream())
                .map(SurveyForm.Numbered::number)
                .toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6), numbers);
        assertEquals(6, form.sections().get(0).questions().get(0).of());
    }

    @Test
    void aStepThatComesBackOpensASectionOfItsOwn() {
        PublicApi.Survey survey = new PublicApi.Survey(
                "t",
                "d",
                List.of(q("A", "YES_NO", "RECEPTION"), q("B", "YES_NO", "TEST_DRIVE"), q("C", "YES_NO", "RECEPTION")));
        assertEquals(3, SurveyForm.of(survey, Map.of()).sections().size());
    }

    @Test
    void theProgressCountsTheQuestionsThatNeedAChoiceAndThoseGiven() {
        SurveyForm none = SurveyForm.of(SURVEY, Map.of());
        assertEquals(5, none.required(), "the comment may stay empty");
        assertEquals(0, none.answered());
        SurveyForm some =
                SurveyForm.of(SURVEY, Map.of("WELCOME", "4", "RECOMMEND", "9", "COMMENTS", "fine", "COFFEE", ""));
        assertEquals(2, some.answered(), "a comment is not counted, an empty choice is not an answer");
    }

    @Test
    void theIntroductionsMinutesFollowTheQuestions() {
        assertEquals(1, SurveyForm.of(SURVEY, Map.of()).minutes(), "five choices and a comment");
        List<PublicApi.Question> long_ = new java.util.ArrayList<>();
        for (int i = 0; i < 18; i++) {
            long_.add(q("Q" + i, "RATING_1_5", "RECEPTION"));
        }
        long_.add(q("COMMENTS", "TEXT", "DELIVERY"));
        assertEquals(
                3,
                SurveyForm.of(new PublicApi.Survey("t", "d", long_), Map.of()).minutes());
    }
}
