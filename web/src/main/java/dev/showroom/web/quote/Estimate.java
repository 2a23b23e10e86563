package dev.showroom.web.quote;

import dev.showroom.web.quote.QuotesApi.Price;
import dev.showroom.web.quote.QuotesApi.Prices;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * The figures of a quote while it is being built, so the consultant sees the total and the monthly payment as
 * they type. An estimate only, for the screen: the quote's figures are order-service's (its
 * {@code PriceCalculator}, whose arithmetic this follows: list = trim + colour + options of the day;
 * net = list − discount; total = net − trade-in; financed = total − down payment; instalment =
 * P·r / (1 − (1+r)^−n), r = annual % / 1200, rounded half-up to the cent; P / n at 0 %).
 * Whatever cannot be read yet (a letter in an amount) leaves the figures that need it empty.
 */
public record Estimate(
        String currency,
        BigDecimal listPrice,
        BigDecimal discount,
        BigDecimal discountPercent,
        BigDecimal limitPercent,
        boolean needsApproval,
        BigDecimal netPrice,
        BigDecimal tradeIn,
        BigDecimal total,
        BigDecimal financed,
        Integer termMonths,
        BigDecimal monthly,
        List<String> unpriced) {

    private static final MathContext MC = MathContext.DECIMAL128;

    public record Input(
            String trimCode,
            String colourCode,
            List<String> optionCodes,
            String discount,
            String appraisedValue,
            String downPayment,
            String termMonths,
            String annualRatePercent) {}

    static Estimate of(Prices prices, BigDecimal limitPercent, Input in) {
        String currency = prices == null ? "" : prices.currency();
        List<String> wanted = new java.util.ArrayList<>();
        if (in.trimCode() != null) {
            wanted.add("TRIM:" + in.trimCode());
        }
        if (in.colourCode() != null) {
            wanted.add("COLOUR:" + in.colourCode());
        }
        if (in.optionCodes() != null) {
            in.optionCodes().forEach(o -> wanted.add("OPTION:" + o));
        }
        BigDecimal list = BigDecimal.ZERO.setScale(2);
        List<String> unpriced = new java.util.ArrayList<>();
        for (String item : wanted) {
            Price price = prices == null
                    ? null
                    : prices.prices().stream()
                            .filter(p -> item.equals(p.kind() + ":" + p.code()))
                            .findFirst()
                            .orElse(null);
            if (price == null || price.price() == null) {
                unpriced.add(item.substring(item.indexOf(':') + 1));
            } else {
                list = list.add(price.price());
            }
        }
        BigDecimal discount = amount(in.discount());
        BigDecimal tradeIn = amount(in.appraisedValue());
        BigDecimal percent = discount == null || list.signum() == 0
                ? null
                : discount.multiply(BigDecimal.valueOf(100)).divide(list, 2, RoundingMode.HALF_UP);
        boolean approval = percent != null && limitPercent != null && percent.compareTo(limitPercent) > 0;
        BigDecimal net = discount == null ? null : list.subtract(discount);
        BigDecimal total = net == null || tradeIn == null ? null : net.subtract(tradeIn);
        BigDecimal down = amount(in.downPayment());
        Integer term = months(in.termMonths());
        BigDecimal rate = amount(in.annualRatePercent());
        BigDecimal financed = total == null || down == null ? null : total.subtract(down);
        BigDecimal monthly = financed == null || term == null || rate == null || blank(in.termMonths())
                ? null
                : instalment(financed, term, rate);
        return new Estimate(
                currency,
                list,
                discount,
                percent,
                limitPercent,
                approval,
                net,
                tradeIn,
                total,
                blank(in.termMonths()) ? null : financed,
                term,
                monthly,
                unpriced);
    }

    static BigDecimal instalment(BigDecimal principal, int months, BigDecimal annualPercent) {
        if (principal.signum() < 0) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(months);
        if (annualPercent.signum() == 0) {
            return principal.divide(n, 2, RoundingMode.HALF_UP);
        }
        BigDecimal r = annualPercent.divide(BigDecimal.valueOf(1200), MC);
        BigDecimal growth = BigDecimal.ONE.add(r).pow(months, MC);
        return principal
                .multiply(r)
                .multiply(growth, MC)
                .divide(growth.subtract(BigDecimal.ONE), MC)
                .setScale(2, RoundingMode.HALF_UP);
    }

    /** Blank is nothing (0); what is no amount is null (the figures that need it stay empty). */
    private static BigDecimal amount(String typed) {
        if (blank(typed)) {
            return BigDecimal.ZERO.setScale(2);
        }
        try {
            BigDecimal value = new BigDecimal(typed.strip().replace(",", ""));
            return value.signum() < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer months(String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            int months = Integer.parseInt(typed.strip());
            return months >= 1 && months <= 120 ? months : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
