package dev.showroom.web.order;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The order followed through in English (the stock seen by a quote and an order, the delivery method, the
 * cancellation's category, the delivery delays); Simplified Chinese in {@code messages/dlv_zh_CN.properties}.
 * Templates: {@code {dlv:key}}. A bundle of its own: {@code mgr} is too big to grow.
 */
@MessageBundle(value = "dlv", locale = "en")
public interface Dlv {
    @Message("Stock")
    String stock_label();

    @Message(
            "{#when state}{#is 'AVAILABLE_NOW'}Available now (in stock){#is 'INCOMING'}Incoming{#if eta}, expected on {eta}{#else}, arrival date not known yet{/if}{#is 'NONE'}None in stock or incoming: to be ordered from the factory{#else}{state}{/when}")
    String stock_state(String state, Object eta);

    @Message(
            "{inStock} in stock, {incoming} in transit, {ordersAhead} earlier order(s) waiting; checked on {checkedOn}")
    String stock_detail(int inStock, int incoming, int ordersAhead, Object checkedOn);

    @Message("Delivery method")
    String delivery_method_label();

    @Message(
            "{#when method}{#is 'SHOWROOM_CEREMONY'}Handover ceremony in the showroom{#is 'HOME_DELIVERY'}Home delivery{#is 'CARRIER_TRANSPORT'}Carrier transport (another city){#else}{method}{/when}")
    String delivery_method(String method);

    @Message("Cancel the order")
    String cancel_title();

    @Message("Why the customer cancels: the category counts the lost sale in the defeat analysis.")
    String cancel_hint();

    @Message("Category")
    String cancel_category();

    @Message(
            "{#when category}{#is 'BOUGHT_COMPETITOR'}Bought a competitor's car{#is 'BOUGHT_SAME_BRAND_ELSEWHERE'}Bought our brand elsewhere{#is 'POSTPONED'}Postponed the purchase{#is 'PRICE'}Price{#is 'FINANCING_REFUSED'}Financing refused{#is 'OTHER'}Other{#else}{category}{/when}")
    String cancel_category_name(String category);

    @Message("What the customer said")
    String cancel_reason();

    @Message("Competitor's brand (when one was bought)")
    String cancel_competitor_brand();

    @Message("Competitor's model")
    String cancel_competitor_model();

    @Message("Refund (the deposit paid when left empty)")
    String cancel_refund();

    @Message("Cancel the order")
    String cancel_submit();

    @Message("Cancelled")
    String cancelled_label();

    @Message("Delivery delays")
    String nav_delays();

    @Message("Orders late for delivery")
    String delays_title();

    @Message(
            "Orders without a car whose expected delivery date is near or past. Keep the customer informed; a car that comes into stock goes at once to the oldest order waiting for it.")
    String delays_hint();

    @Message("No order is late for delivery.")
    String delays_none();

    @Message("Orders late for delivery, the most late first")
    String delays_caption();

    @Message("Order")
    String col_order();

    @Message("Car")
    String col_car();

    @Message("Expected delivery")
    String col_expected();

    @Message("Delay")
    String col_delay();

    @Message("Stock now")
    String col_stock();

    @Message("Consultant")
    String col_consultant();

    @Message("Alerted")
    String col_alerted();

    @Message(
            "{#when kind}{#is 'OVERDUE'}Overdue by {days} day(s){#is 'DUE_SOON'}Due in {days} day(s), no car yet{#else}{kind}{/when}")
    String delay(String kind, int days);

    @Message("Overdue")
    String kpi_overdue();

    @Message("Due soon")
    String kpi_due_soon();
}
