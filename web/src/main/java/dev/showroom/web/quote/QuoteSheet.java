package dev.showroom.web.quote;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The printed quote a consultant hands the customer (报价单) in English; Simplified Chinese in
 * {@code messages/qs_zh_CN.properties}. Templates: {@code {qs:key}}. A bundle of its own beside {@code sales} (one
 * bundle's generated resolver grows with every message).
 */
@MessageBundle(value = "qs", locale = "en")
public interface QuoteSheet {

    @Message("Print for the customer")
    String qs_print();

    @Message("Quotation")
    String qs_title();

    @Message("Customer")
    String qs_customer();

    @Message("Your consultant")
    String qs_consultant();

    @Message("Issued")
    String qs_issued();

    @Message("Reference")
    String qs_reference();

    @Message("Not an offer: this quote is waiting for the manager's approval or was refused.")
    String qs_not_an_offer();

    @Message("Customer's signature")
    String qs_sign_customer();

    @Message("Consultant's signature")
    String qs_sign_consultant();

    @Message("Prices of the day of issue. This quotation is not a contract; the order and its contract are signed "
            + "separately. Financing is subject to the lender's approval.")
    String qs_terms();
}
