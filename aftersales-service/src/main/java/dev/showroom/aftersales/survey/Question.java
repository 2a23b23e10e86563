package dev.showroom.aftersales.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One question of a survey template, tied to the step of the sales process it measures. A yes/no question may check
 * a checkpoint staff record (e.g. DRINKS_OFFERED): the customer's answer is set beside what staff declared.
 */
public record Question(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") String code,
        @NotNull Kind kind,
        @NotNull Step step,
        @NotBlank @Size(max = 500) String text,
        @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") String checkpoint) {

    /** A question that checks no checkpoint. */
    public Question(String code, Kind kind, Step step, String text) {
        this(code, kind, step, text, null);
    }

    /** A yes/no question that checks the checkpoint of the same code. */
    static Question checks(String checkpoint, Step step, String text) {
        return new Question(checkpoint, Kind.YES_NO, step, text, checkpoint);
    }

    public enum Kind {
        /** 1 (very dissatisfied) to 5 (very satisfied): feeds the CSI. */
        RATING_1_5,
        /** 0-10 likelihood to recommend: feeds the NPS. */
        NPS_0_10,
        /** a checkpoint the customer confirms or not */
        YES_NO,
        TEXT
    }

    /** The steps of the showroom process a customer experiences (docs/process.md, steps 3 to 9). */
    public enum Step {
        RECEPTION,
        NEEDS_ANALYSIS,
        PRESENTATION,
        TEST_DRIVE,
        NEGOTIATION,
        DELIVERY
    }
}
