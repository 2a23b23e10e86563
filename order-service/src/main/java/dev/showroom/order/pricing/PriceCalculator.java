package dev.showroom.order.pricing;

import dev.showroom.platform.http.ProblemException;
import java.math.BigDecimal;
import java.util.List;

/**
 * The quotation's figures, with no I/O so that it can be checked to the cent on known data:
 * <pre>
 * listPrice   = trim + colour + options (from the valid price list)
 * netPrice    = listPrice - discount                 (0 &lt;= discount &lt;= listPrice)
 * total       = netPrice + fees - trade-in value     (trade-in &lt;= netPrice + fees)
 * financed    = total - down payment                 (0 &lt;= down payment &lt;= total)
 * instalment  = financed * r / (1 - (1 + r)^-n),  r = annual rate / 12; financed / n at 0 %
 * </pre>
 * Each instalment is rounded to the cent, so the last one absorbs the rounding: it is what the amortisation
 * schedule (monthly interest rounded to the cent) leaves owing. At 0 % the instalments add up to exactly the
 * financed amount and the interest is exactly zero.
 */
public final class PriceCalculator {

    private static final BigDecimal TWELVE_HUNDRED = new BigDecimal(1200);

    public record Financing(BigDecimal downPayment, int termMonths, BigDecimal annualRatePercent) {}

    public record Input(
            List<BigDecimal> linePrices,
            BigDecimal discount,
            BigDecimal tradeInValue,
            List<BigDecimal> fees,
            Financing financing) {}

    public record FinancingResult(
            BigDecimal downPayment,
            BigDecimal financedAmount,
            int termMonths,
            BigDecimal annualRatePercent,
            BigDecimal monthlyInstalment,
            BigDecimal finalInstalment,
            BigDecimal totalOfInstalments,
            BigDecimal totalInterest) {}

    public record Result(
            BigDecimal listPrice,
            BigDecimal discount,
            BigDecimal netPrice,
            BigDecimal feesTotal,
            BigDecimal tradeInValue,
            BigDecimal total,
            FinancingResult financing) {}

    private PriceCalculator() {}

    public static Result compute(Input in) {
        BigDecimal listPrice = sum(in.linePrices());
        BigDecimal discount = Money.cents(in.discount());
        if (discount.signum() < 0) {
            throw ProblemException.invalid("discount", "min", "must not be negative");
        }
        if (discount.compareTo(listPrice) > 0) {
            throw ProblemException.invalid(
                    "discount", "notAbovePrice", "the discount " + discount + " is above the list price " + listPrice);
        }
        BigDecimal netPrice = listPrice.subtract(discount);
        BigDecimal feesTotal = sum(in.fees());
        BigDecimal tradeIn = Money.cents(in.tradeInValue());
        if (tradeIn.compareTo(netPrice.add(feesTotal)) > 0) {
            throw ProblemException.invalid(
                    "tradeIn.appraisedValue", "notAbovePrice", "the trade-in value is above the price plus fees");
        }
        BigDecimal total = netPrice.add(feesTotal).subtract(tradeIn);
        FinancingResult financing = in.financing() == null ? null : finance(total, in.financing());
        return new Result(listPrice, discount, netPrice, feesTotal, tradeIn, total, financing);
    }

    static FinancingResult finance(BigDecimal total, Financing f) {
        BigDecimal down = Money.cents(f.downPayment());
        if (down.compareTo(total) > 0) {
            throw ProblemException.invalid(
                    "financing.downPayment", "notAbovePrice", "the down payment is above the total");
        }
        if (f.termMonths() < 1) {
            throw ProblemException.invalid("financing.termMonths", "min", "must be at least 1 month");
        }
        BigDecimal principal = total.subtract(down);
        BigDecimal rate = f.annualRatePercent() == null ? BigDecimal.ZERO : f.annualRatePercent();
        BigDecimal instalment = monthlyInstalment(principal, f.termMonths(), rate);
        BigDecimal last = finalInstalment(principal, f.termMonths(), rate, instalment);
        BigDecimal instalments =
                instalment.multiply(BigDecimal.valueOf(f.termMonths() - 1L)).add(last);
        return new FinancingResult(
                down, principal, f.termMonths(), rate, instalment, last, instalments, instalments.subtract(principal));
    }

    /** Runs the schedule: each month's interest on the balance, rounded to the cent; the last pays off the rest. */
    static BigDecimal finalInstalment(
            BigDecimal principal, int termMonths, BigDecimal annualRatePercent, BigDecimal instalment) {
        BigDecimal r = annualRatePercent.divide(TWELVE_HUNDRED, Money.INTERMEDIATE);
        BigDecimal balance = principal;
        for (int month = 1; month < termMonths; month++) {
            BigDecimal interest = Money.cents(balance.multiply(r, Money.INTERMEDIATE));
            balance = balance.subtract(instalment.subtract(interest));
        }
        return balance.add(Money.cents(balance.multiply(r, Money.INTERMEDIATE)));
    }

    /** The annuity formula; a 0 % offer repays the principal in equal parts. Rounded once, by {@link Money}. */
    public static BigDecimal monthlyInstalment(BigDecimal principal, int termMonths, BigDecimal annualRatePercent) {
        BigDecimal n = BigDecimal.valueOf(termMonths);
        if (annualRatePercent == null || annualRatePercent.signum() == 0) {
            return principal.divide(n, Money.SCALE, Money.ROUNDING);
        }
        BigDecimal r = annualRatePercent.divide(TWELVE_HUNDRED, Money.INTERMEDIATE);
        BigDecimal growth = BigDecimal.ONE.add(r).pow(termMonths, Money.INTERMEDIATE);
        BigDecimal payment = principal
                .multiply(r)
                .multiply(growth, Money.INTERMEDIATE)
                .divide(growth.subtract(BigDecimal.ONE), Money.INTERMEDIATE);
        return Money.cents(payment);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        BigDecimal sum = Money.ZERO;
        if (amounts != null) {
            for (BigDecimal a : amounts) {
                sum = sum.add(Money.cents(a));
            }
        }
        return sum;
    }
}
