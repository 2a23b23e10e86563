package dev.showroom.web.care;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * A call-back's script and structured outcome in English; Simplified Chinese in
 * {@code messages/calls_zh_CN.properties}. Templates: {@code {calls:key}}. The script's own words come from
 * after-sales.
 */
@MessageBundle(value = "calls", locale = "en")
public interface Calls {
    @Message("What this call is for")
    String script_h();

    @Message("Is the customer satisfied?")
    String satisfied_q();

    @Message("Satisfied")
    String satisfied_yes();

    @Message("Not satisfied")
    String satisfied_no();

    @Message("Not asked")
    String satisfied_unasked();

    @Message("A problem the customer raised (opens a complaint)")
    String problem_legend();

    @Message("Leave empty if there was none. The complaint is yours to follow, with the deadlines of its severity.")
    String problem_hint();

    @Message("The problem in the customer's words")
    String problem_description();

    @Message("satisfied")
    String outcome_satisfied();

    @Message("not satisfied")
    String outcome_not_satisfied();

    @Message("complaint opened")
    String outcome_complaint();

    @Message("{count} referred")
    String outcome_referrals(int count);
}
