package dev.showroom.visit.traffic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The showroom's traffic figures (docs/process.md, step 3, "Showroom traffic"), folded from the walk-ins of a
 * period: how many came in, first and return visits, how many people, how long they stayed, how many left a
 * contact (the capture rate, 留档率), and how many went on to a test drive and a quote, per day of the dealer
 * and per consultant. Pure: the query that reads the walk-ins is {@link TrafficResource}'s.
 */
public final class ShowroomTraffic {

    /** No consultant served the walk-in (an unknown visitor lead-service has not assigned yet). */
    public static final String NOBODY = "(none)";

    /**
     * One walk-in as the report needs it: {@code returnVisit} when the same lead walked in before;
     * {@code contactLeft} when the visitor is a known lead or left a phone or e-mail; {@code testDriven} and
     * {@code quoted} when the lead completed a test drive or was quoted from the walk-in's day on.
     */
    public record WalkIn(
            UUID visitId,
            String consultantId,
            Instant arrivalAt,
            Instant departureAt,
            Integer partySize,
            boolean contactLeft,
            boolean returnVisit,
            boolean testDriven,
            boolean quoted) {}

    /**
     * The figures of a set of walk-ins. {@code averageMinutes} counts only the walk-ins whose departure was
     * recorded ({@code timed}); the rates are null when there was no walk-in.
     */
    public record Figures(
            long walkIns,
            long firstVisits,
            long returnVisits,
            long visitors,
            BigDecimal averagePartySize,
            long timed,
            BigDecimal averageMinutes,
            long contactsLeft,
            BigDecimal captureRate,
            long testDriven,
            BigDecimal walkInToTestDrive,
            long quoted,
            BigDecimal walkInToQuote) {}

    public record Day(LocalDate date, Figures figures) {}

    public record Consultant(String consultantId, Figures figures) {}

    public record Report(Figures total, List<Day> byDay, List<Consultant> byConsultant) {}

    private ShowroomTraffic() {}

    /** Every day from {@code from} to {@code to} (a day without walk-ins has zeros), and every consultant who served one. */
    public static Report of(List<WalkIn> walkIns, LocalDate from, LocalDate to, ZoneId zone) {
        Map<LocalDate, List<WalkIn>> days = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.put(d, new ArrayList<>());
        }
        Map<String, List<WalkIn>> consultants = new TreeMap<>();
        for (WalkIn w : walkIns) {
            LocalDate day = w.arrivalAt().atZone(zone).toLocalDate();
            days.computeIfAbsent(day, d -> new ArrayList<>()).add(w);
            consultants
                    .computeIfAbsent(w.consultantId() == null ? NOBODY : w.consultantId(), c -> new ArrayList<>())
                    .add(w);
        }
        return new Report(
                figures(walkIns),
                days.entrySet().stream()
                        .map(e -> new Day(e.getKey(), figures(e.getValue())))
                        .toList(),
                consultants.entrySet().stream()
                        .map(e -> new Consultant(e.getKey(), figures(e.getValue())))
                        .toList());
    }

    static Figures figures(List<WalkIn> walkIns) {
        long n = walkIns.size();
        long returns = walkIns.stream().filter(WalkIn::returnVisit).count();
        long visitors = walkIns.stream()
                .mapToLong(w -> w.partySize() == null ? 1 : w.partySize())
                .sum();
        List<Long> minutes = walkIns.stream()
                .filter(w -> w.departureAt() != null && !w.departureAt().isBefore(w.arrivalAt()))
                .map(w -> Duration.between(w.arrivalAt(), w.departureAt()).toMinutes())
                .toList();
        long contacts = walkIns.stream().filter(WalkIn::contactLeft).count();
        long driven = walkIns.stream().filter(WalkIn::testDriven).count();
        long quoted = walkIns.stream().filter(WalkIn::quoted).count();
        return new Figures(
                n,
                n - returns,
                returns,
                visitors,
                ratio(visitors, n, 2),
                minutes.size(),
                ratio(minutes.stream().mapToLong(Long::longValue).sum(), minutes.size(), 1),
                contacts,
                ratio(contacts, n, 4),
                driven,
                ratio(driven, n, 4),
                quoted,
                ratio(quoted, n, 4));
    }

    static BigDecimal ratio(long part, long whole, int scale) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), scale, RoundingMode.HALF_UP);
    }
}
