package dev.showroom.aftersales.survey;

import dev.showroom.aftersales.complaint.Complaint.Category;
import dev.showroom.aftersales.complaint.Complaint.Severity;
import dev.showroom.aftersales.survey.Question.Kind;
import dev.showroom.aftersales.survey.Question.Step;
import dev.showroom.aftersales.survey.SurveyService.AnswerInput;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A customer who answered a survey as a detractor: a recommendation of 0-6 or any 1-5 rating of 1 or 2
 * (docs/process.md, step 10). Care hears of it at once through a complaint: HIGH when the recommendation is 0-3 or
 * a rating is 1 (HIGH goes to the managers at once), else MEDIUM; its category follows the step rated lowest.
 */
public record Detractor(Severity severity, Category category, Integer recommendScore, Step worstStep) {

    static final int NPS_DETRACTOR_MAX = 6;
    static final int NPS_ANGRY_MAX = 3;
    static final int RATING_DETRACTOR_MAX = 2;

    /** The detractor these checked answers make, or empty for a passive or promoter customer. */
    public static Optional<Detractor> of(List<AnswerInput> answers, Map<String, Question> questions) {
        Integer recommend = null;
        Integer worstRating = null;
        Step worstStep = null;
        for (AnswerInput a : answers) {
            Question q = questions.get(a.questionCode());
            if (q.kind() == Kind.NPS_0_10) {
                recommend = a.rating();
            } else if (q.kind() == Kind.RATING_1_5 && (worstRating == null || a.rating() < worstRating)) {
                worstRating = a.rating();
                worstStep = q.step();
            }
        }
        boolean byRecommendation = recommend != null && recommend <= NPS_DETRACTOR_MAX;
        boolean byRating = worstRating != null && worstRating <= RATING_DETRACTOR_MAX;
        if (!byRecommendation && !byRating) {
            return Optional.empty();
        }
        boolean angry = (recommend != null && recommend <= NPS_ANGRY_MAX) || (worstRating != null && worstRating == 1);
        Step step = byRating ? worstStep : null;
        return Optional.of(new Detractor(angry ? Severity.HIGH : Severity.MEDIUM, category(step), recommend, step));
    }

    /** The complaint category of the step the customer rated lowest (no low rating: the sales process). */
    static Category category(Step step) {
        if (step == null) {
            return Category.SALES_PROCESS;
        }
        return switch (step) {
            case NEGOTIATION -> Category.PRICE_AND_CONTRACT;
            case DELIVERY -> Category.DELIVERY;
            default -> Category.SALES_PROCESS;
        };
    }

    /** The complaint's description: why it was opened, then every answer beside its question. */
    public String describe(List<AnswerInput> answers, Map<String, Question> questions) {
        StringBuilder s = new StringBuilder("Survey answered as a detractor");
        if (recommendScore != null) {
            s.append(" (recommendation ").append(recommendScore).append("/10)");
        }
        s.append(". Answers:");
        for (AnswerInput a : answers) {
            Question q = questions.get(a.questionCode());
            s.append("\n- ").append(q.text()).append(' ');
            switch (q.kind()) {
                case RATING_1_5 -> s.append(a.rating()).append("/5");
                case NPS_0_10 -> s.append(a.rating()).append("/10");
                case YES_NO -> s.append(Boolean.TRUE.equals(a.yes()) ? "yes" : "no");
                case TEXT -> s.append('"').append(a.text()).append('"');
            }
        }
        // the complaint's description holds 4000 characters at most
        return s.length() <= 4000 ? s.toString() : s.substring(0, 3999) + "…";
    }
}
