package dev.showroom.web.manager;

import dev.showroom.web.gateway.Paged;
import dev.showroom.web.manager.ReportsApi.Complaint;
import dev.showroom.web.manager.ReportsApi.Compliance;
import dev.showroom.web.manager.ReportsApi.Counts;
import dev.showroom.web.manager.ReportsApi.Figures;
import dev.showroom.web.manager.ReportsApi.Funnel;
import dev.showroom.web.manager.ReportsApi.Overdue;
import dev.showroom.web.manager.ReportsApi.Satisfaction;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the manager's dashboard shows, put together from the services' reports: the funnel's stages with the
 * conversion from the stage before, one row per consultant (funnel, checkpoint compliance, CSI, overdue
 * follow-ups), the funnel per channel, the open complaints with their SLA clock. A section whose service did
 * not answer is null (the page says so).
 */
public record Dashboard(
        List<Stage> stages,
        List<ConsultantRow> consultants,
        List<ChannelRow> channels,
        Satisfaction satisfaction,
        BigDecimal compliance,
        Long overdueTotal,
        List<ComplaintRow> complaints,
        Long complaintsTotal,
        Long waitingApprovals,
        List<String> gaps) {

    public record Stage(String key, long count, BigDecimal fromPrevious) {}

    public record ConsultantRow(
            String consultantId,
            Counts counts,
            BigDecimal leadToOrder,
            BigDecimal compliance,
            Double csi,
            Long overdue) {}

    public record ChannelRow(String channel, Counts counts, BigDecimal leadToOrder) {}

    /** A complaint and its acknowledgement clock: minutes left (negative: late by), null once acknowledged. */
    public record ComplaintRow(Complaint complaint, Long minutesLeft) {
        public boolean late() {
            return minutesLeft != null && minutesLeft < 0;
        }

        public long hoursLate() {
            return minutesLeft == null ? 0 : -minutesLeft / 60;
        }

        public long hoursLeft() {
            return minutesLeft == null ? 0 : minutesLeft / 60;
        }
    }

    static Dashboard of(
            Funnel byConsultant,
            Funnel byChannel,
            Compliance compliance,
            Satisfaction satisfaction,
            Overdue overdue,
            Paged<Complaint> complaints,
            Paged<?> waiting,
            String onlyConsultant,
            List<String> gaps,
            Instant now) {
        return new Dashboard(
                stages(byConsultant == null ? null : byConsultant.total()),
                consultants(byConsultant, compliance, satisfaction, overdue, onlyConsultant),
                byChannel == null
                        ? List.of()
                        : byChannel.groups().stream()
                                .map(g -> new ChannelRow(
                                        g.key(),
                                        g.figures().counts(),
                                        g.figures().conversion().leadToOrder()))
                                .toList(),
                satisfaction,
                compliance == null || compliance.overall() == null
                        ? null
                        : compliance.overall().share(),
                overdue == null
                        ? null
                        : onlyConsultant == null
                                ? overdue.total()
                                : overdue.byConsultant().stream()
                                        .filter(o -> o.consultantId().equals(onlyConsultant))
                                        .mapToLong(ReportsApi.ConsultantOverdue::overdue)
                                        .sum(),
                complaints == null
                        ? List.of()
                        : complaints.items().stream()
                                .map(c -> new ComplaintRow(
                                        c,
                                        c.acknowledgedAt() != null || c.acknowledgeBy() == null
                                                ? null
                                                : Duration.between(now, c.acknowledgeBy())
                                                        .toMinutes()))
                                .toList(),
                complaints == null ? null : complaints.total(),
                waiting == null ? null : waiting.total(),
                gaps);
    }

    /** The count of one stage ({@code leads}, {@code ordered}…), or null when the funnel did not answer. */
    public Long count(String key) {
        return stages.stream()
                .filter(s -> s.key().equals(key))
                .map(Stage::count)
                .findFirst()
                .orElse(null);
    }

    /** The eight stages with the share of the stage before that reached this one. */
    static List<Stage> stages(Figures total) {
        if (total == null) {
            return List.of();
        }
        Counts c = total.counts();
        var rate = total.conversion();
        return List.of(
                new Stage("leads", c.leads(), null),
                new Stage("visited", c.visited(), rate.leadToVisit()),
                new Stage("needsAnalysed", c.needsAnalysed(), rate.visitToNeeds()),
                new Stage("presented", c.presented(), rate.needsToPresentation()),
                new Stage("testDriven", c.testDriven(), rate.presentationToTestDrive()),
                new Stage("quoted", c.quoted(), rate.testDriveToQuote()),
                new Stage("ordered", c.ordered(), rate.quoteToOrder()),
                new Stage("delivered", c.delivered(), rate.orderToDelivery()));
    }

    /** Every consultant any report names, by name; the funnel's figures where the funnel has them. */
    static List<ConsultantRow> consultants(
            Funnel funnel, Compliance compliance, Satisfaction satisfaction, Overdue overdue, String only) {
        Map<String, Figures> figures = funnel == null
                ? Map.of()
                : funnel.groups().stream().collect(Collectors.toMap(ReportsApi.Group::key, ReportsApi.Group::figures));
        Map<String, BigDecimal> met = compliance == null || compliance.byConsultant() == null
                ? Map.of()
                : compliance.byConsultant().stream()
                        .filter(s -> s.share() != null)
                        .collect(Collectors.toMap(
                                ReportsApi.ConsultantShare::consultantId, ReportsApi.ConsultantShare::share));
        Map<String, Double> csi = new TreeMap<>();
        if (satisfaction != null && satisfaction.consultants() != null) {
            satisfaction.consultants().stream()
                    // a survey of a customer whose consultant after-sales never learnt is scored under none
                    .filter(s -> s.consultantId() != null
                            && s.score() != null
                            && s.score().csi() != null)
                    .forEach(s -> csi.put(s.consultantId(), s.score().csi()));
        }
        Map<String, Long> late = overdue == null || overdue.byConsultant() == null
                ? Map.of()
                : overdue.byConsultant().stream()
                        .collect(Collectors.toMap(
                                ReportsApi.ConsultantOverdue::consultantId,
                                ReportsApi.ConsultantOverdue::overdue,
                                Long::sum));
        TreeMap<String, Boolean> ids = new TreeMap<>();
        for (var keys : List.of(figures.keySet(), met.keySet(), csi.keySet(), late.keySet())) {
            keys.stream().filter(k -> k != null && !k.isBlank()).forEach(k -> ids.put(k, true));
        }
        List<ConsultantRow> rows = new ArrayList<>();
        Counts none = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (String id : ids.keySet()) {
            if (only != null && !only.equals(id)) {
                continue;
            }
            Optional<Figures> f = Optional.ofNullable(figures.get(id));
            rows.add(new ConsultantRow(
                    id,
                    f.map(Figures::counts).orElse(none),
                    f.map(x -> x.conversion().leadToOrder()).orElse(null),
                    met.get(id),
                    csi.get(id),
                    overdue == null ? null : late.getOrDefault(id, 0L)));
        }
        return rows;
    }
}
