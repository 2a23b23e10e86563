package dev.showroom.order.settings;

import dev.showroom.platform.dealer.DealerRow;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One dealer's selling settings (currency and time zone: the dealer's profile). Keyed by the dealer itself (not tenant-filtered): it is only ever read
 * for the caller's dealer, through {@link DealerSettings}.
 */
@Entity
@Table(name = "order_settings")
public class OrderSettings extends DealerRow {

    /** A consultant may give up to this share of the list price; above it a manager approves. */
    public BigDecimal consultantDiscountLimitPercent;

    public int quoteValidityDays;
    /** Expected delivery date of a new order when the contract does not name one. */
    public int deliveryLeadDays;

    /** The defaults: a 5 % consultant limit, quotes valid 7 days, delivery in 30. */
    public static OrderSettings defaults(String dealerId) {
        OrderSettings s = new OrderSettings();
        s.dealerId = dealerId;
        s.consultantDiscountLimitPercent = new BigDecimal("5.00");
        s.quoteValidityDays = 7;
        s.deliveryLeadDays = 30;
        return s;
    }
}
