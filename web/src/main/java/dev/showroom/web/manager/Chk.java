package dev.showroom.web.manager;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The checkpoint check in English (declared by staff against said by customers); Simplified Chinese in
 * {@code messages/chk_zh_CN.properties}. Templates: {@code {chk:key}}. A bundle of its own, as {@code mgr} is full.
 */
@MessageBundle(value = "chk", locale = "en")
public interface Chk {
    @Message("Checkpoints: declared and said")
    String nav_checkpoint_check();

    @Message("Checkpoints: what staff declared, what customers said")
    String title();

    @Message(
            "Staff declare each reception and presentation checkpoint when they record a visit or a presentation; the survey after delivery asks the customer the same. A large gap is worth a word with the consultant.")
    String hint();

    @Message("No checkpoint was declared or answered in this period.")
    String none();

    @Message(
            "Per consultant and checkpoint, the share met as declared and as the customers said, the biggest gap first")
    String caption();

    @Message("Consultant")
    String consultant();

    @Message("Checkpoint")
    String checkpoint();

    @Message("Declared met")
    String declared();

    @Message("Customers said yes")
    String said();

    @Message("Gap (points)")
    String gap();

    @Message("{met} of {total}")
    String of(long met, long total);

    @Message("(no consultant)")
    String no_consultant();

    @Message(
            "{#when code}{#is 'ANSWERED_IN_TIME'}Phone answered in time{#is 'STANDARD_GREETING'}Standard greeting on the phone"
                    + "{#is 'NAME_AND_CONTACT_ASKED'}Name and contact asked{#is 'KNOWS_THE_WAY_ASKED'}Asked whether they know the way"
                    + "{#is 'INVITED_TO_VISIT'}Invited to visit{#is 'GREETED_AT_ONCE'}Greeted at once{#is 'SELF_INTRODUCTION'}Introduced themselves"
                    + "{#is 'DRINKS_OFFERED'}Drinks offered{#is 'NOT_PRESSED'}Not pressed{#is 'BIGGEST_BENEFIT_FIRST'}Biggest benefit first"
                    + "{#is 'CUSTOMER_TOOK_PART'}Customer took part{#is 'NO_COMPETITOR_RUN_DOWN'}No competitor run down{#else}{code}{/when}")
    String name(String code);
}
