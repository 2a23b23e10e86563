package dev.showroom.aftersales.survey;

import dev.showroom.aftersales.survey.Question.Kind;
import dev.showroom.aftersales.survey.Question.Step;
import dev.showroom.aftersales.survey.SurveyService.AnswerInput;
import dev.showroom.platform.http.ProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rules of one survey's answers: what a valid answer is, and the scores it gives. CSI = the mean of the 1-5
 * ratings mapped linearly to 0-100 ((r - 1) / 4 * 100, one place); step scores = the mean 1-5 rating per step
 * (two places); the recommendation = the 0-10 answer.
 */
public final class SurveyScoring {

    /** The survey's scores: csi and recommendScore are null without a rating or an NPS answer. */
    public record Result(Double csi, Integer recommendScore, Map<String, Double> stepScores) {}

    private SurveyScoring() {}

    /**
     * 400 naming the first answer that is not to a question of the survey, answers a question twice, or does not
     * fit its question's kind (a rating in range, a yes/no given, a text not blank).
     */
    public static void check(List<AnswerInput> answers, Map<String, Question> questions) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            AnswerInput a = answers.get(i);
            String field = "answers[" + i + "]";
            Question q = questions.get(a.questionCode());
            if (q == null) {
                throw ProblemException.invalid(
                        field + ".questionCode", "knownQuestion", "this survey has no question " + a.questionCode());
            }
            if (!seen.add(q.code())) {
                throw ProblemException.invalid(field + ".questionCode", "unique", "answered twice");
            }
            check(q, a, field);
        }
    }

    /** The scores of checked answers. */
    public static Result score(List<AnswerInput> answers, Map<String, Question> questions) {
        Integer recommend = answers.stream()
                .filter(a -> questions.get(a.questionCode()).kind() == Kind.NPS_0_10)
                .map(AnswerInput::rating)
                .findFirst()
                .orElse(null);
        return new Result(csi(answers, questions), recommend, stepScores(answers, questions));
    }

    private static void check(Question q, AnswerInput a, String field) {
        switch (q.kind()) {
            case RATING_1_5 -> range(a.rating(), 1, 5, field);
            case NPS_0_10 -> range(a.rating(), 0, 10, field);
            case YES_NO -> {
                if (a.yes() == null) {
                    throw ProblemException.invalid(
                            field + ".yes", "notNull", "a yes/no question needs yes: true or false");
                }
            }
            case TEXT -> {
                if (a.text() == null || a.text().isBlank()) {
                    throw ProblemException.invalid(field + ".text", "notBlank", "a text question needs a text");
                }
            }
        }
    }

    private static void range(Integer rating, int min, int max, String field) {
        if (rating == null || rating < min || rating > max) {
            throw ProblemException.invalid(field + ".rating", "range", "must be from " + min + " to " + max);
        }
    }

    /** CSI of one survey: the mean of its 1-5 ratings mapped linearly to 0-100 ((r - 1) / 4 * 100). */
    static Double csi(List<AnswerInput> answers, Map<String, Question> questions) {
        var ratings = answers.stream()
                .filter(a -> questions.get(a.questionCode()).kind() == Kind.RATING_1_5)
                .mapToInt(AnswerInput::rating)
                .summaryStatistics();
        return ratings.getCount() == 0 ? null : round((ratings.getAverage() - 1) / 4 * 100, 1);
    }

    /** Mean 1-5 rating per step. */
    static Map<String, Double> stepScores(List<AnswerInput> answers, Map<String, Question> questions) {
        Map<Step, List<Integer>> perStep = new HashMap<>();
        for (AnswerInput a : answers) {
            Question q = questions.get(a.questionCode());
            if (q.kind() == Kind.RATING_1_5) {
                perStep.computeIfAbsent(q.step(), s -> new ArrayList<>()).add(a.rating());
            }
        }
        Map<String, Double> scores = new TreeMap<>();
        perStep.forEach((step, ratings) -> scores.put(
                step.name(),
                round(ratings.stream().mapToInt(Integer::intValue).average().orElseThrow(), 2)));
        return scores;
    }

    static double round(double value, int places) {
        double factor = Math.pow(10, places);
        return Math.round(value * factor) / factor;
    }
}
