package dev.showroom.aftersales.satisfaction;

import dev.showroom.aftersales.satisfaction.Scores.By;
import dev.showroom.aftersales.satisfaction.Scores.Compliance;
import dev.showroom.aftersales.satisfaction.Scores.Score;
import dev.showroom.aftersales.satisfaction.Scores.TallyBy;
import dev.showroom.aftersales.survey.Question.Step;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/satisfaction")
@Tag(name = "Satisfaction", description = "CSI and NPS scores of the dealer and across dealers")
public class SatisfactionResource {

    public record StepRow(Step step, Score score, Compliance compliance) {}

    public record ConsultantRow(String consultantId, Score score, Compliance compliance) {}

    public record CheckpointRow(String checkpoint, Step step, Compliance compliance) {}

    public record DealerSatisfaction(
            String dealerId,
            LocalDate from,
            LocalDate to,
            String timeZone,
            String method,
            Score overall,
            Compliance compliance,
            List<StepRow> steps,
            List<ConsultantRow> consultants,
            List<CheckpointRow> checkpoints) {}

    /**
     * One consultant's checkpoint: what staff declared when recording the visit or presentation, and what the
     * customers answered in their surveys (yes = met); gap = declared rate - customers' rate, in points.
     */
    public record DeclaredAndSaid(
            String consultantId, String checkpoint, Step step, Compliance declared, Compliance customers, Double gap) {}

    public record CheckpointCheck(
            String dealerId, LocalDate from, LocalDate to, String timeZone, List<DeclaredAndSaid> rows) {}

    public record DealerRow(String dealerId, Score overall, Compliance compliance, List<StepRow> steps) {}

    public record AcrossDealers(
            LocalDate from, LocalDate to, String timeZone, String method, List<DealerRow> dealers) {}

    /** How many days a period holds at most (three years). */
    static final int MAX_DAYS = 1100;

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    Scores scores;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getSatisfaction",
            summary = "The dealer's CSI, NPS and checkpoint compliance for a period (?from, ?to: local dates, "
                    + "inclusive; default the last 90 days), per step, consultant and checkpoint")
    public DealerSatisfaction dealer(@QueryParam("from") String fromParam, @QueryParam("to") String toParam) {
        LocalDate from = QueryParams.date(fromParam, "from");
        LocalDate to = QueryParams.date(toParam, "to");
        String dealerId = staff.dealerId();
        ZoneId zone = profiles.zone(dealerId);
        LocalDate[] period = period(from, to, zone);
        var start = period[0].atStartOfDay(zone).toInstant();
        var end = period[1].plusDays(1).atStartOfDay(zone).toInstant();

        Score overall = scores.scores(By.ALL, dealerId, start, end).getOrDefault("", Scores.emptyScore());
        Compliance compliance = scores.compliance(TallyBy.ALL, dealerId, period[0], period[1])
                .getOrDefault("", Scores.emptyCompliance());
        List<StepRow> steps = steps(
                scores.scores(By.STEP, dealerId, start, end),
                scores.compliance(TallyBy.STEP, dealerId, period[0], period[1]),
                "");

        Map<String, Score> perConsultant = scores.scores(By.CONSULTANT, dealerId, start, end);
        Map<String, Compliance> compliancePerConsultant =
                scores.compliance(TallyBy.CONSULTANT, dealerId, period[0], period[1]);
        TreeSet<String> consultants = new TreeSet<>(perConsultant.keySet());
        consultants.addAll(compliancePerConsultant.keySet());
        List<ConsultantRow> consultantRows = consultants.stream()
                .map(c -> new ConsultantRow(
                        c.isEmpty() ? null : c,
                        perConsultant.getOrDefault(c, Scores.emptyScore()),
                        compliancePerConsultant.getOrDefault(c, Scores.emptyCompliance())))
                .toList();

        List<CheckpointRow> checkpoints = new ArrayList<>();
        scores.compliance(TallyBy.CHECKPOINT, dealerId, period[0], period[1]).forEach((key, c) -> {
            String[] parts = key.split("\\|");
            checkpoints.add(new CheckpointRow(parts[0], Step.valueOf(parts[1]), c));
        });
        return new DealerSatisfaction(
                dealerId,
                period[0],
                period[1],
                zone.getId(),
                Scores.METHOD,
                overall,
                compliance,
                steps,
                consultantRows,
                checkpoints);
    }

    @GET
    @Path("checkpoints")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getCheckpointCheck",
            summary = "Per consultant and checkpoint, what staff declared (visits and presentations recorded on the "
                    + "local days ?from..?to, default the last 90) against what customers said in the surveys completed "
                    + "in the period; the biggest gap first")
    public CheckpointCheck checkpoints(@QueryParam("from") String fromParam, @QueryParam("to") String toParam) {
        LocalDate from = QueryParams.date(fromParam, "from");
        LocalDate to = QueryParams.date(toParam, "to");
        String dealerId = staff.dealerId();
        ZoneId zone = profiles.zone(dealerId);
        LocalDate[] period = period(from, to, zone);
        Map<String, Compliance> declared =
                scores.compliance(TallyBy.CONSULTANT_CHECKPOINT, dealerId, period[0], period[1]);
        Map<String, Compliance> said = scores.customersSaid(
                dealerId,
                period[0].atStartOfDay(zone).toInstant(),
                period[1].plusDays(1).atStartOfDay(zone).toInstant());
        Map<String, Step> steps = new java.util.HashMap<>();
        TreeSet<String> keys = new TreeSet<>();
        declared.keySet().forEach(k -> {
            String[] parts = k.split("\\|", -1);
            keys.add(parts[0] + "|" + parts[1]);
            steps.put(parts[1], Step.valueOf(parts[2]));
        });
        keys.addAll(said.keySet());
        Map<String, Compliance> declaredByKey = new java.util.HashMap<>();
        declared.forEach((k, c) -> declaredByKey.put(k.substring(0, k.lastIndexOf('|')), c));
        List<DeclaredAndSaid> rows = keys.stream()
                .map(k -> {
                    String[] parts = k.split("\\|", -1);
                    Compliance d = declaredByKey.getOrDefault(k, Scores.emptyCompliance());
                    Compliance c = said.getOrDefault(k, Scores.emptyCompliance());
                    Double gap = d.rate() == null || c.rate() == null ? null : Scores.round(d.rate() - c.rate(), 1);
                    return new DeclaredAndSaid(
                            parts[0].isEmpty() ? null : parts[0],
                            parts[1],
                            steps.getOrDefault(
                                    parts[1], CheckpointTally.STEP_OF.getOrDefault(parts[1], Step.RECEPTION)),
                            d,
                            c,
                            gap);
                })
                .sorted(java.util.Comparator.comparing(
                                (DeclaredAndSaid r) -> r.gap() == null ? Double.NEGATIVE_INFINITY : r.gap())
                        .reversed())
                .toList();
        return new CheckpointCheck(dealerId, period[0], period[1], zone.getId(), rows);
    }

    /** The zone whose date is the latest on Earth (UTC+14). */
    static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

    @GET
    @Path("dealers")
    @RolesAllowed(Roles.HQ)
    @Operation(
            operationId = "listDealerSatisfaction",
            summary = "hq: CSI, NPS and compliance of every dealer, per step, for a period of UTC dates "
                    + "(default: the last 90 days up to the latest date anywhere, so every dealer's today is in); "
                    + "no personal data")
    public AcrossDealers acrossDealers(@QueryParam("from") String fromParam, @QueryParam("to") String toParam) {
        LocalDate from = QueryParams.date(fromParam, "from");
        LocalDate to = QueryParams.date(toParam, "to");
        // checkpoints are tallied by the dealer's local date, which in Asia is a day ahead of UTC for hours
        LocalDate[] period = period(from, to, LATEST_ZONE);
        var start = period[0].atStartOfDay(ZoneOffset.UTC).toInstant();
        var end = period[1].plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Map<String, Score> overall = scores.scores(By.DEALER, null, start, end);
        Map<String, Compliance> compliance = scores.compliance(TallyBy.DEALER, null, period[0], period[1]);
        Map<String, Score> perStep = scores.scores(By.DEALER_STEP, null, start, end);
        Map<String, Compliance> compliancePerStep = scores.compliance(TallyBy.DEALER_STEP, null, period[0], period[1]);
        TreeSet<String> dealers = new TreeSet<>(overall.keySet());
        dealers.addAll(compliance.keySet());
        List<DealerRow> rows = dealers.stream()
                .map(d -> new DealerRow(
                        d,
                        overall.getOrDefault(d, Scores.emptyScore()),
                        compliance.getOrDefault(d, Scores.emptyCompliance()),
                        steps(perStep, compliancePerStep, d + "|")))
                .toList();
        return new AcrossDealers(period[0], period[1], "UTC", Scores.METHOD, rows);
    }

    /** One row per step of the process, empty ones included, so a manager sees which step has no data. */
    private static List<StepRow> steps(Map<String, Score> perStep, Map<String, Compliance> compliance, String prefix) {
        return Arrays.stream(Step.values())
                .map(step -> new StepRow(
                        step,
                        perStep.getOrDefault(prefix + step.name(), Scores.emptyScore()),
                        compliance.getOrDefault(prefix + step.name(), Scores.emptyCompliance())))
                .toList();
    }

    private LocalDate[] period(LocalDate from, LocalDate to, ZoneId zone) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(zone));
        LocalDate start = from != null ? from : end.minusDays(89);
        if (start.isAfter(end)) {
            throw ProblemException.invalid("from", "beforeTo", "from must not be after to");
        }
        if (ChronoUnit.DAYS.between(start, end) > MAX_DAYS) {
            throw ProblemException.invalid("from", "maxPeriod", "a period spans at most " + MAX_DAYS + " days");
        }
        return new LocalDate[] {start, end};
    }
}
