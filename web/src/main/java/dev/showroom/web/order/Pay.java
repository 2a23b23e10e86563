package dev.showroom.web.order;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.math.BigDecimal;

/**
 * Payment before the keys in English (the order page's payment card and the manager's receivables); Simplified
 * Chinese in {@code messages/pay_zh_CN.properties}. Templates: {@code {pay:key}}. A bundle of its own beside
 * {@code sales} and {@code mgr} (one bundle's generated resolver grows with every message).
 */
@MessageBundle(value = "pay", locale = "en")
public interface Pay {

    @Message("Payment")
    String pay_title();

    @Message("{#when plan}{#is 'CASH'}Paid by the customer{#is 'LOAN'}With a car loan{#else}{plan}{/when}")
    String pay_plan(String plan);

    @Message("Agreed price")
    String pay_price();

    @Message("Deposit paid")
    String pay_deposit_paid();

    @Message("Paid so far")
    String pay_paid();

    @Message("Still owed")
    String pay_owed();

    @Message("Paid in full.")
    String pay_paid_in_full();

    @Message("The inspection and the handover wait until the car is paid in full or the loan disbursed, unless a"
            + " manager releases the car.")
    String pay_gate();

    @Message("Not paid: {amount} {currency} is still owed. Record the payment or the loan's disbursement below; only a"
            + " manager may release the car before it is paid.")
    String pay_gate_refused(String amount, String currency);

    @Message("Receipt")
    String pay_receipt();

    @Message("When")
    String pay_when();

    @Message("How")
    String pay_how();

    @Message("Amount")
    String pay_amount();

    @Message("{#when method}{#is 'CASH'}Cash{#is 'CARD'}Card{#is 'BANK_TRANSFER'}Bank transfer{#is 'MOBILE_PAYMENT'}"
            + "Mobile payment{#is 'LOAN'}Loan disbursed{#else}{method}{/when}")
    String pay_method(String method);

    @Message("Payments after the deposit")
    String pay_payments();

    @Message("Record a payment")
    String pay_record();

    @Message("Car loan")
    String pay_loan_title();

    @Message("No loan applied for.")
    String pay_loan_none();

    @Message("{#when status}{#is 'APPLIED'}Applied for{#is 'APPROVED'}Approved{#is 'REFUSED'}Refused{#is 'DISBURSED'}"
            + "Disbursed{#else}{status}{/when}")
    String pay_loan_status(String status);

    @Message("Lender")
    String pay_loan_lender();

    @Message("Loan amount")
    String pay_loan_amount();

    @Message("Application number")
    String pay_loan_reference();

    @Message("New status")
    String pay_loan_to();

    @Message("Record the loan's status")
    String pay_loan_change();

    @Message("Invoice number")
    String pay_invoice();

    @Message("Record the invoice")
    String pay_invoice_record();

    @Message("Release the car before it is paid")
    String pay_release_title();

    @Message("Only if you accept the risk: the inspection and the handover may then go ahead with the balance owed."
            + " Your name, the time and the reason are recorded and announced.")
    String pay_release_hint();

    @Message("Reason")
    String pay_release_reason();

    @Message("Release the car")
    String pay_release_do();

    @Message("Released by {by} with {amount} owed: {reason}")
    String pay_released(String by, BigDecimal amount, String reason);

    @Message("{#when what}{#is 'payment'}Payment recorded.{#is 'loan'}Loan status recorded.{#is 'invoice'}Invoice"
            + " recorded.{#is 'release'}The car is released.{#else}Saved.{/when}")
    String pay_done(String what);

    @Message("Receivables")
    String nav_receivables();

    @Message("Receivables: who owes what, since when")
    String recv_title();

    @Message("Every signed order that still owes part of its price, oldest first; a balance is owed from the day the"
            + " contract was signed (days of the dealer's calendar, to {asOf}).")
    String recv_lede(java.time.LocalDate asOf);

    @Message("Nobody owes anything.")
    String recv_none();

    @Message("Owed in all")
    String recv_total();

    @Message("Orders owing")
    String recv_orders();

    @Message("Expected from loans in progress")
    String recv_on_loans();

    @Message("Owed on cars already handed over or released")
    String recv_on_released();

    @Message("By age")
    String recv_by_age();

    @Message("{#when bucket}{#is 'DAYS_0_30'}0–30 days{#is 'DAYS_31_60'}31–60 days{#is 'DAYS_61_90'}61–90 days"
            + "{#is 'OVER_90'}Over 90 days{#else}{bucket}{/when}")
    String recv_bucket(String bucket);

    @Message("By consultant")
    String recv_by_consultant();

    @Message("Over 60 days")
    String recv_over_60();

    @Message("Who owes")
    String recv_owing();

    @Message("Order")
    String recv_order();

    @Message("Customer")
    String recv_customer();

    @Message("Consultant")
    String recv_consultant();

    @Message("State")
    String recv_state();

    @Message("Owed since")
    String recv_since();

    @Message("Days")
    String recv_days();

    @Message("Paid")
    String recv_paid();

    @Message("Owed")
    String recv_owed();

    @Message("Loan")
    String recv_loan();

    @Message("released")
    String recv_released();

    @Message("Amount owed ({currency})")
    String recv_chart(String currency);
}
