package dev.showroom.web.sales;

import dev.showroom.web.lead.LeadApi;
import dev.showroom.web.lead.Story;
import dev.showroom.web.lead.VisitsApi;
import dev.showroom.web.needs.NeedsApi;
import dev.showroom.web.order.OrdersApi;
import dev.showroom.web.quote.QuotesApi;
import dev.showroom.web.testdrive.TestDrivesApi;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** Answers of the services as the consultant's screens get them, for rendering tests (no gateway). */
public final class Samples {

    public static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    private Samples() {}

    public static LeadApi.Lead lead(String grade, boolean defeated) {
        return new LeadApi.Lead(
                "L1",
                "Zhou Min",
                "+8613512345678",
                null,
                "WALK_IN",
                "Spring show",
                "Aurora",
                null,
                "THIS_WEEK",
                "H",
                null,
                "zhang.min",
                grade,
                "DELIVERED",
                NOW.plusSeconds(3600),
                NOW,
                false,
                new LeadApi.Qualification(true, true, true, "ok", NOW),
                defeated
                        ? new LeadApi.Defeat("PRICE", "too dear", NOW, "d-1", "PRICE", null, null, "QUOTED", "PENDING")
                        : null,
                "AURORA",
                "LONG_RANGE",
                true,
                false,
                NOW.minusSeconds(86400),
                3);
    }

    public static TestDrivesApi.TestDrive drive(String status) {
        return new TestDrivesApi.TestDrive(
                "D1",
                "L1",
                "zhang.min",
                "C1",
                "Aurora",
                NOW.plusSeconds(3600),
                NOW.plusSeconds(6300),
                status,
                new TestDrivesApi.Licence(true, "1234", LocalDate.now().plusYears(2)),
                1200,
                "COMPLETED".equals(status) ? 1236 : null,
                "COMPLETED".equals(status) ? new TestDrivesApi.Feedback(5, Map.of("comfort", 4), "quiet") : null,
                null);
    }

    public static QuotesApi.Quote quote(String status) {
        BigDecimal p = new BigDecimal("211000.00");
        return new QuotesApi.Quote(
                "Q1",
                "L1",
                "zhang.min",
                status,
                "AURORA",
                "Aurora",
                "Luxury",
                "PEARL",
                List.of("PANO"),
                "CNY",
                List.of(new QuotesApi.Line("TRIM", "LUX", "Luxury", new BigDecimal("200000.00"))),
                p,
                new BigDecimal("20000.00"),
                new BigDecimal("10550.00"),
                new BigDecimal("191000.00"),
                List.of(),
                BigDecimal.ZERO,
                new QuotesApi.TradeIn("sedan", new BigDecimal("30000.00")),
                new BigDecimal("161000.00"),
                new QuotesApi.Financing(
                        new BigDecimal("50000.00"),
                        new BigDecimal("111000.00"),
                        36,
                        new BigDecimal("4.8"),
                        new BigDecimal("3316.81"),
                        new BigDecimal("3316.70"),
                        new BigDecimal("119405.05"),
                        new BigDecimal("8405.05")),
                new OrdersApi.Stock("INCOMING", 0, 1, 0, LocalDate.now().plusDays(9), LocalDate.now()),
                LocalDate.now().plusDays(7),
                null,
                NOW,
                "APPROVED".equals(status) ? new QuotesApi.Approval("manager.sh", NOW, "ok") : null,
                NOW,
                1);
    }

    public static OrdersApi.Order order(String status) {
        boolean delivered = "DELIVERED".equals(status);
        return new OrdersApi.Order(
                "O1",
                "DEALER-SH-01-2026-000042",
                "L1",
                "zhang.min",
                status,
                LocalDate.now().plusDays(30),
                "HOME_DELIVERY",
                new OrdersApi.Stock("AVAILABLE_NOW", 1, 0, 0, null, LocalDate.now()),
                new OrdersApi.Contract(
                        "DEALER-SH-01-2026-000042",
                        new OrdersApi.Terms(
                                "Q1",
                                "Aurora",
                                "Luxury",
                                "PEARL",
                                "CNY",
                                new BigDecimal("161000.00"),
                                new BigDecimal("20000.00")),
                        "zhang.min",
                        "Zhou Min",
                        NOW),
                new OrdersApi.Deposit(new BigDecimal("20000.00"), null, null, null),
                new OrdersApi.Allocation("NOT_STARTED", null, null, null),
                null,
                delivered
                        ? new OrdersApi.Delivery(new OrdersApi.Handover(true, true, true, true), "zhang.min", NOW)
                        : null,
                null,
                balance(status),
                NOW);
    }

    /** Payment before the keys: from the allocation on, part paid and a loan approved; delivered: paid in full. */
    public static OrdersApi.Balance balance(String status) {
        boolean delivered = "DELIVERED".equals(status);
        boolean allocated = "ALLOCATED".equals(status) || "PDI_PASSED".equals(status);
        List<OrdersApi.Payment> payments = delivered || allocated
                ? List.of(new OrdersApi.Payment(
                        "P1", "R-DEALER-SH-01-2026-000007", new BigDecimal("41000.00"), "BANK_TRANSFER", NOW))
                : List.of();
        BigDecimal owed = delivered ? new BigDecimal("0.00") : allocated ? new BigDecimal("100000.00") : null;
        return new OrdersApi.Balance(
                allocated ? "LOAN" : "CASH",
                "CNY",
                new BigDecimal("161000.00"),
                new BigDecimal("20000.00"),
                "R-DEALER-SH-01-2026-000006",
                delivered ? new BigDecimal("161000.00") : new BigDecimal("61000.00"),
                owed == null ? new BigDecimal("141000.00") : owed,
                delivered,
                delivered,
                payments,
                allocated
                        ? new OrdersApi.Loan("APPROVED", "Bank of Showroom", new BigDecimal("100000.00"), "A-1", NOW)
                        : null,
                delivered ? new OrdersApi.Invoice("INV-0042", NOW) : null,
                "PDI_PASSED".equals(status)
                        ? new OrdersApi.Release("manager.sh", NOW, "loan approved", new BigDecimal("100000.00"))
                        : null);
    }

    public static Story story(boolean defeated) {
        return story(defeated ? "F" : "A", defeated);
    }

    public static Story story(String grade, boolean defeated) {
        LeadApi.Lead lead = lead(grade, defeated);
        return new Story(
                lead,
                List.of(new LeadApi.FollowUp("F1", "zhang.min", "CALL", "called", "test drive", NOW, NOW)),
                List.of(new LeadApi.Contact("K1", "PHONE", null, "again", NOW, "RECORDED")),
                List.of(new VisitsApi.Visit(
                        "V1",
                        "WALK_IN",
                        "L1",
                        "zhang.min",
                        NOW,
                        NOW,
                        2,
                        List.of(new VisitsApi.Checkpoint("GREETED_AT_ONCE", true)),
                        List.of("Aurora"),
                        "likes it",
                        null)),
                List.of(new VisitsApi.Appointment("A1", "L1", "zhang.min", "TO_INVITE", null, null, null)),
                List.of(new NeedsApi.Analysis(
                        "N1",
                        "L1",
                        null,
                        new NeedsApi.Neads("sedan", null, null, null, null),
                        new NeedsApi.Form(null, null, null, null, null, null),
                        "SUV",
                        true,
                        "AURORA",
                        "LONG_RANGE",
                        NOW,
                        NOW,
                        NOW,
                        1)),
                List.of(drive("COMPLETED")),
                List.of(quote("APPROVED")),
                List.of(order("DELIVERED")));
    }
}
