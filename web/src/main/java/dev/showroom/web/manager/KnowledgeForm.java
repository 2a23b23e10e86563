package dev.showroom.web.manager;

import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The product knowledge editor's form: rows of selling points and competitors as the page shows them (the stored
 * ones and a few empty rows to add), read back from the posted fields ({@code p3.feature}, {@code c1.strengths}:
 * one a line), sent to order-service as its document, and order-service's 400 put beside the row it names
 * ({@code sellingPoints[i].feature} is the i-th row sent, which is not the i-th row shown when an empty row was
 * skipped).
 */
public record KnowledgeForm(
        String modelCode,
        String usp,
        long version,
        List<PointRow> points,
        List<CompetitorRow> competitors,
        List<String> general) {

    /** Empty rows offered below the stored ones. */
    static final int SPARE_POINTS = 2;

    static final int SPARE_COMPETITORS = 1;

    public record PointRow(
            int n,
            String id,
            String trimCode,
            String feature,
            String advantage,
            String benefit,
            String scenes,
            List<String> errors) {
        /** The row's number as shown (1, 2, …). */
        public int number() {
            return n + 1;
        }

        boolean blank() {
            return isBlank(trimCode) && isBlank(feature) && isBlank(advantage) && isBlank(benefit) && isBlank(scenes);
        }
    }

    public record CompetitorRow(int n, String model, String strengths, String weaknesses, List<String> errors) {
        /** The row's number as shown (1, 2, …). */
        public int number() {
            return n + 1;
        }

        boolean blank() {
            return isBlank(model) && isBlank(strengths) && isBlank(weaknesses);
        }
    }

    /** The stored knowledge with the spare rows. */
    static KnowledgeForm of(KnowledgeApi.Knowledge k) {
        List<PointRow> points = new ArrayList<>();
        for (KnowledgeApi.SellingPoint p : k.sellingPoints()) {
            points.add(new PointRow(
                    points.size(),
                    p.id(),
                    p.trimCode(),
                    p.feature(),
                    p.advantage(),
                    p.benefit(),
                    String.join(", ", p.scenes()),
                    new ArrayList<>()));
        }
        for (int i = 0; i < SPARE_POINTS; i++) {
            points.add(new PointRow(points.size(), null, null, null, null, null, null, new ArrayList<>()));
        }
        List<CompetitorRow> competitors = new ArrayList<>();
        for (KnowledgeApi.Competitor c : k.competitors()) {
            competitors.add(new CompetitorRow(
                    competitors.size(),
                    c.competitorModel(),
                    String.join("\n", c.strengths()),
                    String.join("\n", c.weaknesses()),
                    new ArrayList<>()));
        }
        for (int i = 0; i < SPARE_COMPETITORS; i++) {
            competitors.add(new CompetitorRow(competitors.size(), null, null, null, new ArrayList<>()));
        }
        return new KnowledgeForm(k.modelCode(), k.usp(), k.version(), points, competitors, new ArrayList<>());
    }

    /** The form as it was posted (every row shown again, empty ones too). */
    static KnowledgeForm posted(String modelCode, Map<String, String> form) {
        List<PointRow> points = new ArrayList<>();
        for (int n = 0; form.containsKey("p" + n + ".feature"); n++) {
            points.add(new PointRow(
                    n,
                    form.get("p" + n + ".id"),
                    form.get("p" + n + ".trimCode"),
                    form.get("p" + n + ".feature"),
                    form.get("p" + n + ".advantage"),
                    form.get("p" + n + ".benefit"),
                    form.get("p" + n + ".scenes"),
                    new ArrayList<>()));
        }
        List<CompetitorRow> competitors = new ArrayList<>();
        for (int n = 0; form.containsKey("c" + n + ".model"); n++) {
            competitors.add(new CompetitorRow(
                    n,
                    form.get("c" + n + ".model"),
                    form.get("c" + n + ".strengths"),
                    form.get("c" + n + ".weaknesses"),
                    new ArrayList<>()));
        }
        long version;
        try {
            version = Long.parseLong(form.getOrDefault("version", "0").strip());
        } catch (NumberFormatException e) {
            version = 0;
        }
        return new KnowledgeForm(modelCode, form.get("usp"), version, points, competitors, new ArrayList<>());
    }

    /** order-service's document: the rows not left empty, in the order shown. */
    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("usp", isBlank(usp) ? null : usp.strip());
        List<Map<String, Object>> sent = new ArrayList<>();
        for (PointRow p : sentPoints()) {
            Map<String, Object> point = new LinkedHashMap<>();
            if (!isBlank(p.id())) {
                point.put("id", p.id().strip());
            }
            if (!isBlank(p.trimCode())) {
                point.put("trimCode", p.trimCode().strip());
            }
            point.put("feature", strip(p.feature()));
            point.put("advantage", strip(p.advantage()));
            point.put("benefit", strip(p.benefit()));
            point.put("scenes", split(p.scenes(), "[,，]"));
            sent.add(point);
        }
        body.put("sellingPoints", sent);
        List<Map<String, Object>> rivals = new ArrayList<>();
        for (CompetitorRow c : sentCompetitors()) {
            Map<String, Object> rival = new LinkedHashMap<>();
            rival.put("competitorModel", strip(c.model()));
            rival.put("strengths", split(c.strengths(), "\\R"));
            rival.put("weaknesses", split(c.weaknesses(), "\\R"));
            rivals.add(rival);
        }
        body.put("competitors", rivals);
        return body;
    }

    List<PointRow> sentPoints() {
        return points.stream().filter(p -> !p.blank()).toList();
    }

    List<CompetitorRow> sentCompetitors() {
        return competitors.stream().filter(c -> !c.blank()).toList();
    }

    private static final Pattern ROW = Pattern.compile("^(sellingPoints|competitors)\\[(\\d+)]\\.?(.*)$");

    /** order-service's refusal beside the rows it names; the rest above the form. */
    KnowledgeForm withErrors(GatewayProblem problem) {
        List<PointRow> sentPoints = sentPoints();
        List<CompetitorRow> sentCompetitors = sentCompetitors();
        Problem p = problem.problem();
        for (Problem.FieldError e : p.errors()) {
            String field = e.field() == null ? "" : e.field();
            String text = (e.message() != null && !e.message().isBlank()) ? e.message() : e.rule();
            Matcher m = ROW.matcher(field);
            if (m.matches()) {
                int i = Integer.parseInt(m.group(2));
                String what = m.group(3).isEmpty() ? m.group(1) : m.group(3);
                if (m.group(1).equals("sellingPoints") && i < sentPoints.size()) {
                    sentPoints.get(i).errors().add(what + ": " + text);
                    continue;
                }
                if (m.group(1).equals("competitors") && i < sentCompetitors.size()) {
                    sentCompetitors.get(i).errors().add(what + ": " + text);
                    continue;
                }
            }
            general.add(field.isEmpty() ? text : field + ": " + text);
        }
        if (p.errors().isEmpty()) {
            general.add(p.detail() != null ? p.detail() : p.title() != null ? p.title() : "HTTP " + problem.status());
        }
        return this;
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }

    private static List<String> split(String s, String by) {
        return s == null
                ? List.of()
                : Arrays.stream(s.split(by))
                        .map(String::strip)
                        .filter(x -> !x.isEmpty())
                        .toList();
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
