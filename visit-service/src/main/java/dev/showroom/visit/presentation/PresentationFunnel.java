package dev.showroom.visit.presentation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Presentations → test drives → quotes (docs/process.md, step 5): of the presentations of a period, how many the
 * customer followed with a completed test drive, and with a quote, from the presentation's day on; per consultant,
 * per model, and per consultant and model. Pure: {@link PresentationReportResource} reads the rows.
 */
public final class PresentationFunnel {

    /** One presentation: who, which model, whether a competitor was asked about, what followed. */
    public record Row(
            String consultantId,
            String modelCode,
            int points,
            int reacted,
            boolean competitorAsked,
            boolean testDriven,
            boolean quoted) {}

    public record Figures(
            long presentations,
            long pointsCovered,
            long pointsReactedTo,
            long competitorAsked,
            long testDriven,
            BigDecimal presentationToTestDrive,
            long quoted,
            BigDecimal presentationToQuote,
            BigDecimal testDriveToQuote) {}

    public record Group(String consultantId, String modelCode, Figures figures) {}

    public record Report(
            Figures total, List<Group> byConsultant, List<Group> byModel, List<Group> byConsultantAndModel) {}

    private PresentationFunnel() {}

    public static Report of(List<Row> rows) {
        return new Report(
                figures(rows),
                groups(rows, r -> r.consultantId() + "\u0000", true, false),
                groups(rows, r -> "\u0000" + r.modelCode(), false, true),
                groups(rows, r -> r.consultantId() + "\u0000" + r.modelCode(), true, true));
    }

    private static List<Group> groups(List<Row> rows, Function<Row, String> key, boolean consultant, boolean model) {
        Map<String, List<Row>> by = new TreeMap<>();
        rows.forEach(
                r -> by.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r));
        return by.values().stream()
                .map(g -> new Group(
                        consultant ? g.get(0).consultantId() : null,
                        model ? g.get(0).modelCode() : null,
                        figures(g)))
                .toList();
    }

    static Figures figures(List<Row> rows) {
        long n = rows.size();
        long driven = rows.stream().filter(Row::testDriven).count();
        long quoted = rows.stream().filter(Row::quoted).count();
        long drivenAndQuoted =
                rows.stream().filter(r -> r.testDriven() && r.quoted()).count();
        return new Figures(
                n,
                rows.stream().mapToLong(Row::points).sum(),
                rows.stream().mapToLong(Row::reacted).sum(),
                rows.stream().filter(Row::competitorAsked).count(),
                driven,
                ratio(driven, n),
                quoted,
                ratio(quoted, n),
                ratio(drivenAndQuoted, driven));
    }

    static BigDecimal ratio(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }
}
