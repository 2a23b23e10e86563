package dev.showroom.web.stock;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Stock and its receipt, and the delivery method changed on the order, in English; Simplified Chinese in
 * {@code messages/stk_zh_CN.properties}. Templates: {@code {stk:key}}. A bundle of its own: {@code mgr} is too
 * big to grow.
 */
@MessageBundle(value = "stk", locale = "en")
public interface Stk {
    @Message("Stock")
    String nav_stock();

    @Message("Stock and cars incoming")
    String title();

    @Message(
            "A car that comes into stock goes at once to the oldest order waiting for its model, trim, colour and options whose deposit is paid.")
    String hint();

    @Message("Incoming (in transit)")
    String incoming_title();

    @Message("Cars in transit, the soonest expected first")
    String incoming_caption();

    @Message("No car is in transit.")
    String incoming_none();

    @Message("In stock")
    String in_stock_title();

    @Message("Cars in stock and free, the longest in stock first")
    String in_stock_caption();

    @Message("No free car is in stock.")
    String in_stock_none();

    @Message("Reserved for an order")
    String allocated_title();

    @Message("Cars reserved for an order, waiting for the inspection and the handover")
    String allocated_caption();

    @Message("No car is reserved.")
    String allocated_none();

    @Message("VIN")
    String col_vin();

    @Message("Car")
    String col_car();

    @Message("Options")
    String col_options();

    @Message("Expected arrival")
    String col_eta();

    @Message("In stock since")
    String col_since();

    @Message("Order")
    String col_order();

    @Message("Arrival")
    String col_arrival();

    @Message("not known yet")
    String eta_unknown();

    @Message("Open the order")
    String open_order();

    @Message("Arrived today")
    String arrived_button();

    @Message("Record that the car {vin} arrived today")
    String arrived_label(String vin);

    @Message("{shown} of {total} shown")
    String more(long total, int shown);

    @Message("Receive a car")
    String receive_title();

    @Message(
            "Type the VIN from the car: order-service checks it (17 characters, no I, O or Q, the check digit at position 9). A car on its way is entered with its expected arrival and marked arrived when it comes.")
    String receive_hint();

    @Message("Model")
    String model_label();

    @Message("Show this model's trims and colours")
    String model_choose();

    @Message("The catalogue has no model yet: add the models first.")
    String no_models();

    @Message("VIN (17 characters)")
    String vin_label();

    @Message("Trim")
    String trim_label();

    @Message("Colour")
    String colour_label();

    @Message("Options")
    String options_label();

    @Message("The car is")
    String status_label();

    @Message(
            "{#when status}{#is 'IN_STOCK'}Here: in stock now{#is 'IN_TRANSIT'}On its way: in transit{#is 'ALLOCATED'}Reserved for an order{#is 'DELIVERED'}Delivered{#else}{status}{/when}")
    String status(String status);

    @Message("Arrived on (today when left empty), or expected on for a car on its way")
    String arrival_label();

    @Message("Receive the car")
    String receive_submit();

    @Message("The car {vin} is in stock.")
    String received_in_stock(String vin);

    @Message("The car {vin} is on its way{#if eta}, expected on {eta}{/if}.")
    String received_in_transit(String vin, Object eta);

    @Message("It went at once to order {number}, which was waiting for it.")
    String received_order(String number);

    @Message("It went at once to an order that was waiting for it.")
    String received_some_order();

    @Message("No paid order was waiting for it: it stays in stock.")
    String received_no_order();

    @Message("Change the delivery method")
    String dm_title();

    @Message("As agreed with the customer; it can change until the handover.")
    String dm_hint();

    @Message("Save the delivery method")
    String dm_submit();

    @Message("Delivery method changed.")
    String dm_changed();
}
