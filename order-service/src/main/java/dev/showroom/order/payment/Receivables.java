package dev.showroom.order.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The receivables report (seed 004, collecting payment: who owes what, since when): every signed order of the
 * dealer with a balance owed, oldest first, and the sums per ageing bucket and per consultant. An order owes from
 * the day its contract was signed; a car released unpaid or delivered still owes until it is paid.
 */
public final class Receivables {

    private Receivables() {}

    /** One order that owes: the figures the report shows of it. */
    public record Owing(
            String orderId,
            String orderNumber,
            String leadId,
            String customerName,
            String consultantId,
            String status,
            String currency,
            BigDecimal price,
            BigDecimal paid,
            BigDecimal owed,
            LocalDate owedSince,
            String plan,
            LoanStatus loanStatus,
            BigDecimal loanAmount,
            boolean released,
            java.time.Instant lastPaidAt) {}

    public record Item(
            String orderId,
            String orderNumber,
            String leadId,
            String customerName,
            String consultantId,
            String status,
            String currency,
            String price,
            String paid,
            String owed,
            LocalDate owedSince,
            long ageDays,
            Ageing bucket,
            String plan,
            LoanStatus loanStatus,
            String loanAmount,
            boolean released,
            java.time.Instant lastPaidAt) {}

    public record Bucket(Ageing bucket, int fromDays, Integer toDays, int orders, String owed) {}

    public record ByConsultant(String consultantId, int orders, String owed, String overSixtyDays) {}

    /**
     * asOf: the dealer's day the ages are counted to. totals: orders owing, the sum owed, the part a loan in
     * progress (applied or approved) is expected to pay, and the part owed on cars already released or delivered.
     */
    public record Report(
            LocalDate asOf,
            String currency,
            int orders,
            String owed,
            String owedOnLoansInProgress,
            String owedOnReleasedCars,
            List<Bucket> buckets,
            List<ByConsultant> byConsultant,
            List<Item> items) {}

    public static Report of(List<Owing> owing, LocalDate asOf, String currency) {
        Map<Ageing, BigDecimal> sums = new EnumMap<>(Ageing.class);
        Map<Ageing, Integer> counts = new EnumMap<>(Ageing.class);
        Map<String, BigDecimal> perConsultant = new LinkedHashMap<>();
        Map<String, BigDecimal> oldPerConsultant = new LinkedHashMap<>();
        Map<String, Integer> countPerConsultant = new LinkedHashMap<>();
        BigDecimal total = zero();
        BigDecimal onLoans = zero();
        BigDecimal released = zero();
        List<Item> items = new ArrayList<>();
        List<Owing> sorted = new ArrayList<>(owing);
        sorted.sort(Comparator.comparing(Owing::owedSince).thenComparing(Owing::orderNumber));
        for (Owing o : sorted) {
            long days = Ageing.days(o.owedSince(), asOf);
            Ageing bucket = Ageing.of(days);
            sums.merge(bucket, o.owed(), BigDecimal::add);
            counts.merge(bucket, 1, Integer::sum);
            perConsultant.merge(o.consultantId(), o.owed(), BigDecimal::add);
            countPerConsultant.merge(o.consultantId(), 1, Integer::sum);
            oldPerConsultant.merge(o.consultantId(), days > 60 ? o.owed() : zero(), BigDecimal::add);
            total = total.add(o.owed());
            if (o.loanStatus() != null && o.loanStatus().inProgress()) {
                onLoans = onLoans.add(o.owed());
            }
            if (o.released() || "DELIVERED".equals(o.status())) {
                released = released.add(o.owed());
            }
            items.add(new Item(
                    o.orderId(),
                    o.orderNumber(),
                    o.leadId(),
                    o.customerName(),
                    o.consultantId(),
                    o.status(),
                    o.currency(),
                    text(o.price()),
                    text(o.paid()),
                    text(o.owed()),
                    o.owedSince(),
                    days,
                    bucket,
                    o.plan(),
                    o.loanStatus(),
                    o.loanAmount() == null ? null : text(o.loanAmount()),
                    o.released(),
                    o.lastPaidAt()));
        }
        List<Bucket> buckets = new ArrayList<>();
        for (Ageing a : Ageing.ALL) {
            buckets.add(new Bucket(
                    a,
                    a.fromDays,
                    a.toDays == Integer.MAX_VALUE ? null : a.toDays,
                    counts.getOrDefault(a, 0),
                    text(sums.getOrDefault(a, zero()))));
        }
        List<ByConsultant> consultants = new ArrayList<>();
        perConsultant.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .forEach(e -> consultants.add(new ByConsultant(
                        e.getKey(),
                        countPerConsultant.get(e.getKey()),
                        text(e.getValue()),
                        text(oldPerConsultant.get(e.getKey())))));
        return new Report(
                asOf, currency, items.size(), text(total), text(onLoans), text(released), buckets, consultants, items);
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }

    private static String text(BigDecimal amount) {
        return amount.setScale(2).toPlainString();
    }
}
