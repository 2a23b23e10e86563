package dev.showroom.web.customer;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The customer's page behind the opt-out link of a message, in English; Simplified Chinese in
 * {@code messages/stop_zh_CN.properties}. Templates: {@code {stop:key}}. A bundle of its own.
 */
@MessageBundle(value = "stop", locale = "en")
public interface Stop {

    @Message("Stop messages")
    String stop_title();

    @Message("You will receive no more messages from the dealer (thank-you notes, reminders, invitations, greetings)"
            + " once you confirm.")
    String stop_intro();

    @Message("Stop the messages")
    String stop_confirm();

    @Message("Messages stopped")
    String stopped_title();

    @Message("The dealer will send you no more messages. To hear from them again, tell your consultant.")
    String stopped();

    @Message("This link is not valid")
    String stop_unknown_title();

    @Message("Please use the link exactly as it came in the message.")
    String stop_unknown();
}
