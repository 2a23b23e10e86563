package dev.showroom.web.care;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The customer classes page in English; Simplified Chinese in {@code messages/cls_zh_CN.properties}. Templates:
 * {@code {cls:key}}.
 */
@MessageBundle(value = "cls", locale = "en")
public interface Cls {
    @Message("Customer classes")
    String nav_classes();

    @Message("Customers by value and loyalty")
    String title();

    @Message(
            "Value follows the cars bought and what they cost; loyalty follows repeat purchases, referrals, the last survey, complaints and calls. A customer at risk is worth a care call now.")
    String lede();

    @Message("How many customers are in each class")
    String caption();

    @Message("Value")
    String value_h();

    @Message("{#when v}{#is 'HIGH'}High value{#is 'MEDIUM'}Medium value{#is 'LOW'}Low value{#else}{v}{/when}")
    String value(String v);

    @Message(
            "{#when l}{#is 'LOYAL'}Loyal{#is 'POTENTIALLY_LOYAL'}Potentially loyal{#is 'AT_RISK'}At risk{#else}{l}{/when}")
    String loyalty(String l);

    @Message(
            "{#when r}{#is 'REPEAT_BUYER'}bought again{#is 'HIGH_SPEND'}large spend{#is 'OPEN_COMPLAINT'}complaint open"
                    + "{#is 'REPEAT_COMPLAINER'}complained twice this year{#is 'DETRACTOR'}would not recommend us"
                    + "{#is 'UNREACHABLE'}last call unreachable{#is 'PROMOTER_WHO_REFERS'}recommends us and referred friends{#else}{r}{/when}")
    String reason(String r);

    @Message("Customers {loyalty}")
    String list_h(String loyalty);

    @Message("No customer in this class.")
    String none();

    @Message("Customer")
    String customer();

    @Message("Car")
    String car();

    @Message("Consultant")
    String consultant();

    @Message("Why")
    String why();
}
