package dev.showroom.web.manager;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Shares and scores as the manager's tables print them ({@code {rate:pct(share)}}): a share of 0..1 (lead-service,
 * visit-service) or a percentage already (aftersales-service's compliance), "—" when the service had nothing to
 * divide by. {@code value} is the bare number a chart reads from the table's {@code data-value}.
 */
@TemplateExtension(namespace = "rate")
public final class Rates {

    private Rates() {}

    static String pct(BigDecimal share) {
        return share == null ? "—" : value(share) + " %";
    }

    static String value(BigDecimal share) {
        return share == null
                ? ""
                : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    static String percent(Double percent) {
        return percent == null ? "—" : number(percent) + " %";
    }

    static String score(Double score) {
        return score == null ? "—" : number(score);
    }

    static String number(Double value) {
        return value == null
                ? ""
                : BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
}
