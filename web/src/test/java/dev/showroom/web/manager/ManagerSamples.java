package dev.showroom.web.manager;

import dev.showroom.web.gateway.Paged;
import dev.showroom.web.manager.ReportsApi.Complaint;
import dev.showroom.web.manager.ReportsApi.Counts;
import dev.showroom.web.manager.ReportsApi.Figures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The services' reports as the manager's and hq's screens get them, for rendering tests (no gateway). */
public final class ManagerSamples {

    public static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);

    private ManagerSamples() {}

    public static Figures figures(long leads, long visited, long driven, long quoted, long ordered, long delivered) {
        // every test-driven lead was presented the car first (a stage is reached once a later one is), every visitor
        // analysed; one quote came before value was built
        return new Figures(
                new Counts(leads, visited, driven, quoted, ordered, delivered, 1, driven, visited, quoted > 0 ? 1 : 0),
                new ReportsApi.Conversion(
                        rate(visited, leads),
                        rate(driven, visited),
                        rate(quoted, driven),
                        rate(ordered, quoted),
                        rate(delivered, ordered),
                        rate(ordered, leads),
                        rate(driven, visited),
                        rate(driven, driven),
                        rate(visited, visited),
                        rate(driven, visited)));
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_UP);
    }

    public static ReportsApi.Funnel byConsultant() {
        return new ReportsApi.Funnel(
                "2026-12-01",
                "2026-12-04",
                null,
                null,
                figures(20, 12, 8, 5, 3, 1),
                List.of(
                        new ReportsApi.Group("li.wei", figures(12, 8, 5, 3, 2, 1)),
                        new ReportsApi.Group("zhang.min", figures(8, 4, 3, 2, 1, 0)),
                        new ReportsApi.Group("(unassigned)", figures(201, 0, 0, 0, 0, 0))));
    }

    public static ReportsApi.Funnel byChannel() {
        return new ReportsApi.Funnel(
                "2026-12-01",
                "2026-12-04",
                null,
                null,
                figures(20, 12, 8, 5, 3, 1),
                List.of(
                        new ReportsApi.Group("WALK_IN", figures(11, 11, 6, 4, 2, 1)),
                        new ReportsApi.Group("MARKETING_EVENT", figures(9, 1, 2, 1, 1, 0))));
    }

    public static ReportsApi.Compliance compliance() {
        return new ReportsApi.Compliance(
                new ReportsApi.Share(40, 34, new BigDecimal("0.8500")),
                List.of(
                        new ReportsApi.ConsultantShare("li.wei", 24, 22, new BigDecimal("0.9167")),
                        new ReportsApi.ConsultantShare("zhang.min", 16, 12, new BigDecimal("0.7500"))));
    }

    public static ReportsApi.Satisfaction satisfaction() {
        ReportsApi.Score score = new ReportsApi.Score(6, 87.5, 6, 50.0);
        return new ReportsApi.Satisfaction(
                score,
                new ReportsApi.Met(34, 6, 85.0),
                List.of(
                        new ReportsApi.StepScore("RECEPTION", score, new ReportsApi.Met(10, 2, 83.3)),
                        new ReportsApi.StepScore("DELIVERY", new ReportsApi.Score(6, 93.8, 0, null), null)),
                List.of(new ReportsApi.ConsultantScore("li.wei", score, null)));
    }

    public static ReportsApi.Overdue overdue() {
        return new ReportsApi.Overdue(NOW, 3, List.of(new ReportsApi.ConsultantOverdue("zhang.min", 3)));
    }

    public static Paged<Complaint> complaints() {
        return new Paged<>(
                List.of(
                        new Complaint(
                                "C1",
                                "Chen Jie",
                                "DELIVERY",
                                "HIGH",
                                "OPEN",
                                NOW.minus(30, ChronoUnit.HOURS),
                                NOW.minus(6, ChronoUnit.HOURS),
                                null,
                                "care.sh",
                                true,
                                30),
                        new Complaint(
                                "C2",
                                "Wang Fang",
                                "PRODUCT",
                                "LOW",
                                "OPEN",
                                NOW.minus(2, ChronoUnit.HOURS),
                                NOW.plus(22, ChronoUnit.HOURS),
                                null,
                                null,
                                false,
                                2),
                        new Complaint(
                                "C3",
                                "Zhou Min",
                                "SALES_PROCESS",
                                "MEDIUM",
                                "ACKNOWLEDGED",
                                NOW.minus(50, ChronoUnit.HOURS),
                                NOW.minus(26, ChronoUnit.HOURS),
                                NOW.minus(40, ChronoUnit.HOURS),
                                "manager.sh",
                                false,
                                50)),
                0,
                100,
                3);
    }

    static ReportsApi.TrafficFigures traffic(long walkIns, long returns, long contacts, long driven, long quoted) {
        return new ReportsApi.TrafficFigures(
                walkIns,
                walkIns - returns,
                returns,
                walkIns * 2,
                walkIns == 0 ? null : BigDecimal.valueOf(2),
                walkIns,
                walkIns == 0 ? null : BigDecimal.valueOf(48.5),
                contacts,
                rate(contacts, walkIns),
                driven,
                rate(driven, walkIns),
                quoted,
                rate(quoted, walkIns));
    }

    /** Three days of walk-ins (one without any) and two consultants. */
    public static ReportsApi.Traffic traffic() {
        return new ReportsApi.Traffic(
                "2026-12-02",
                "2026-12-04",
                traffic(9, 2, 7, 4, 3),
                List.of(
                        new ReportsApi.TrafficDay("2026-12-02", traffic(5, 1, 4, 2, 2)),
                        new ReportsApi.TrafficDay("2026-12-03", traffic(0, 0, 0, 0, 0)),
                        new ReportsApi.TrafficDay("2026-12-04", traffic(4, 1, 3, 2, 1))),
                List.of(
                        new ReportsApi.TrafficConsultant("li.wei", traffic(6, 1, 5, 3, 2)),
                        new ReportsApi.TrafficConsultant("zhang.min", traffic(3, 1, 2, 1, 1))));
    }
}
