package dev.showroom.web.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A survey as a customer answers it on a phone: its questions in the template's order, in sections of one step of
 * their visit each (a run of questions of the same step; the recommendation and the comment close it as "overall"),
 * numbered, with how many of those that need a choice are answered. Eighteen questions in one scroll gave no sense of
 * where one was or how much was left.
 */
public record SurveyForm(List<Section> sections, int required, int answered) {

    /** The section of the recommendation and the free comment, whatever step the template gave them. */
    public static final String OVERALL = "OVERALL";

    public record Section(String step, List<Numbered> questions) {}

    public record Numbered(int number, int of, PublicApi.Question question) {}

    /** The answers counted, as the progress line shows it (the browser's script puts its own count in its place). */
    public String answeredCount() {
        return Integer.toString(answered);
    }

    /**
     * About how many minutes the survey takes, as its introduction says: a choice read and made in about 8 seconds, a
     * comment in about half a minute; at least one. A fixed "two minutes" was wrong for the 19 questions of the sales
     * survey and for the five of a lost customer's.
     */
    public int minutes() {
        int choices = 0;
        int comments = 0;
        for (Section section : sections) {
            for (Numbered n : section.questions()) {
                if (n.question().freeText()) {
                    comments++;
                } else {
                    choices++;
                }
            }
        }
        return Math.max(1, (choices * 8 + comments * 30 + 30) / 60);
    }

    public static SurveyForm of(PublicApi.Survey survey, Map<String, String> given) {
        List<PublicApi.Question> questions = survey.questions();
        List<Section> sections = new ArrayList<>();
        int required = 0;
        int answered = 0;
        for (int i = 0; i < questions.size(); i++) {
            PublicApi.Question q = questions.get(i);
            String step = q.nps() || q.freeText() || q.step() == null ? OVERALL : q.step();
            if (sections.isEmpty() || !sections.get(sections.size() - 1).step().equals(step)) {
                sections.add(new Section(step, new ArrayList<>()));
            }
            sections.get(sections.size() - 1).questions().add(new Numbered(i + 1, questions.size(), q));
            if (!q.freeText()) {
                required++;
                String value = given.get(q.code());
                if (value != null && !value.isBlank()) {
                    answered++;
                }
            }
        }
        return new SurveyForm(List.copyOf(sections), required, answered);
    }
}
