package dev.showroom.aftersales.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One question of a survey template, tied to the step of the sales process it measures. */
public record Question(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{0,63}") String code,
        @NotNull Kind kind,
        @NotNull Step step,
        @NotBlank @Size(max = 500) String text) {

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
