package dev.showroom.web.care;

import dev.showroom.web.care.CareApi.Answer;
import dev.showroom.web.care.CareApi.Complaint;
import dev.showroom.web.care.CareApi.FollowUp;
import dev.showroom.web.care.CareApi.Question;
import dev.showroom.web.care.CareApi.Survey;
import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test only: customer care's screens with sample answers of after-sales, at each state (CarePagesRenderTest). */
@Path("/test-render/care")
@Produces(MediaType.TEXT_HTML)
public class RenderCare {

    static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    static final CareApi.Settings SETTINGS = new CareApi.Settings(3, 4, 24, 14);

    static FollowUp call(String id, String status, int day, boolean overdue, String surveyId) {
        return new FollowUp(
                id,
                "L1",
                "O1",
                "SO-2026-000042",
                "Zhou Min",
                "+8613512345678",
                "AFTER_DELIVERY",
                day,
                NOW.minus(Duration.ofHours(overdue ? 30 : 1)),
                LocalDateTime.now(),
                "zhang.min",
                status,
                "PENDING".equals(status) ? 1 : 2,
                overdue,
                surveyId,
                "DONE".equals(status) ? NOW : null,
                List.of(new CareApi.Call(
                        NOW.minus(Duration.ofHours(5)), "care.sh", false, "no answer", null, null, null, 0)),
                day == 3 || day == 7,
                new CareApi.Script(
                        "ANY_PROBLEM",
                        "Find any problem early and fix it before it becomes a complaint",
                        List.of("Has anything not worked as it should?", "Any question about a function?")));
    }

    static Survey survey(String status, boolean sent) {
        boolean answered = "COMPLETED".equals(status);
        return new Survey(
                "S1",
                "L1",
                "O1",
                "zhang.min",
                "SALES_SATISFACTION",
                1,
                "DELIVERY",
                status,
                "LINK",
                sent ? NOW : null,
                sent ? NOW.plus(Duration.ofDays(14)) : null,
                NOW,
                answered ? NOW : null,
                answered ? 87.5 : null,
                answered ? 9 : null,
                answered
                        ? List.of(
                                new Answer("RECEPTION_RATING", "RATING_1_5", "RECEPTION", 4, null, null),
                                new Answer("RECOMMEND", "NPS_0_10", "DELIVERY", 9, null, null),
                                new Answer("DRINKS_OFFERED", "YES_NO", "RECEPTION", null, true, null),
                                new Answer("COMMENTS", "TEXT", "DELIVERY", null, null, "Quiet cabin"))
                        : List.of());
    }

    static final List<Question> QUESTIONS = List.of(
            new Question("RECEPTION_RATING", "RATING_1_5", "RECEPTION", "How were you welcomed?"),
            new Question("DRINKS_OFFERED", "YES_NO", "RECEPTION", "Were you offered a drink?"),
            new Question("RECOMMEND", "NPS_0_10", "DELIVERY", "Would you recommend us?"),
            new Question("HANDOVER", "RATING_1_5", "DELIVERY", "How was the handover?"),
            new Question("COMMENTS", "TEXT", "DELIVERY", "Anything else?"));

    static Complaint complaint(String status, boolean escalated, long openedHoursAgo) {
        return complaint("C1", status, escalated, openedHoursAgo);
    }

    static Complaint complaint(String id, String status, boolean escalated, long openedHoursAgo) {
        Instant opened = NOW.minus(Duration.ofHours(openedHoursAgo));
        boolean acknowledged = !"OPEN".equals(status);
        return new Complaint(
                id,
                "L1",
                "O1",
                "Zhou Min",
                "+8613512345678",
                "PHONE",
                "DELIVERY",
                "HIGH",
                "Floor mats missing",
                status,
                opened,
                "care.sh",
                opened.plus(Duration.ofHours(24)),
                acknowledged ? opened.plus(Duration.ofHours(2)) : null,
                acknowledged ? "care.sh" : null,
                escalated,
                escalated ? opened.plus(Duration.ofHours(24)) : null,
                openedHoursAgo,
                1,
                opened.plus(Duration.ofDays(3)),
                acknowledged ? opened.plus(Duration.ofDays(3)) : null,
                false,
                false,
                "RESOLVED".equals(status) || "CLOSED".equals(status) ? "APOLOGY" : null,
                "RESOLVED".equals(status) || "CLOSED".equals(status) ? "PROCESS_GAP" : null,
                "RESOLVED".equals(status) || "CLOSED".equals(status) ? "Mats brought to the customer's home" : null,
                "RESOLVED".equals(status) ? NOW : null,
                null,
                "CLOSED".equals(status) ? NOW : null,
                List.of(new CareApi.Note(NOW, "care.sh", "NOTE", "Called the logistics team"))
                        .subList(0, acknowledged ? 1 : 0));
    }

    @GET
    @Path("calls")
    public TemplateInstance calls(@QueryParam("empty") boolean empty) {
        Paged<FollowUp> due = empty
                ? Paged.empty()
                : new Paged<>(
                        List.of(call("F1", "PENDING", 1, true, null), call("F2", "PENDING", 3, false, "S1")), 0, 20, 2);
        return CallsPage.Templates.calls(
                due, empty ? List.of() : List.of(call("F3", "PENDING", 7, false, null)), new CallsPage.Filter());
    }

    @GET
    @Path("call/{status}")
    public TemplateInstance call(
            @PathParam("status") String status,
            @QueryParam("survey") String surveyStatus,
            @QueryParam("errors") boolean errors) {
        Survey survey = surveyStatus == null ? null : survey(surveyStatus, !"UNSENT".equals(surveyStatus));
        return CallsPage.Templates.call(
                call("F1", status, 3, true, survey == null ? null : "S1"),
                survey,
                SETTINGS,
                ComplaintsPage.CATEGORIES,
                ComplaintsPage.SEVERITIES,
                errors ? null : "call",
                errors ? Typed.of("reached", "no", "retryAt", "2020-01-01T10:00") : Typed.none(),
                errors
                        ? FieldErrors.none()
                                .add("retryAt", new FieldErrors.Violation("future", "must be in the future"))
                        : FieldErrors.none());
    }

    @GET
    @Path("surveys")
    public TemplateInstance surveys() {
        return SurveysPage.Templates.surveys(
                new Paged<>(
                        List.of(
                                survey("COMPLETED", true),
                                survey("PENDING", true),
                                new Survey(
                                        "S3",
                                        "L3-unknown-lead",
                                        null,
                                        null,
                                        "PERIODIC_CHECK",
                                        1,
                                        "PERIODIC",
                                        "PENDING",
                                        "LINK",
                                        null,
                                        null,
                                        NOW,
                                        null,
                                        null,
                                        null,
                                        List.of())),
                        0,
                        20,
                        3),
                Map.of("L1", "Zhou Min"),
                new SurveysPage.Filter("PENDING"),
                SurveysPage.STATUSES);
    }

    @GET
    @Path("survey/{status}")
    public TemplateInstance survey(@PathParam("status") String status) {
        Survey s = survey(status, true);
        Map<String, Answer> by = new HashMap<>();
        s.answers().forEach(a -> by.put(a.questionCode(), a));
        return SurveysPage.Templates.survey(
                s,
                "Zhou Min",
                QUESTIONS.stream()
                        .map(q -> new SurveysPage.Answered(q, by.get(q.code())))
                        .toList(),
                null,
                FieldErrors.none());
    }

    @GET
    @Path("complaints")
    public TemplateInstance complaints() {
        List<Complaint> items = List.of(
                complaint("C1", "OPEN", false, 4),
                complaint("C2", "OPEN", true, 30),
                complaint("C3", "ACKNOWLEDGED", false, 5),
                complaint("C4", "OPEN", false, 20),
                complaint("C5", "ACKNOWLEDGED", false, 0),
                complaint("C6", "ACKNOWLEDGED", false, 200));
        Map<String, SlaClock> clocks = new HashMap<>();
        items.forEach(c -> clocks.put(c.id(), SlaClock.of(c, NOW)));
        return ComplaintsPage.Templates.complaints(
                new Paged<>(items, 0, 20, 4), clocks, new ComplaintsPage.Filter(null, false), ComplaintsPage.STATUSES);
    }

    @GET
    @Path("complaint/{status}")
    public TemplateInstance complaint(
            @PathParam("status") String status,
            @QueryParam("escalated") boolean escalated,
            @QueryParam("manager") boolean manager,
            @QueryParam("errors") boolean errors) {
        Complaint c = complaint(status, escalated, escalated ? 30 : 3);
        boolean mayWork = !"CLOSED".equals(status) && (!escalated || manager);
        return ComplaintsPage.Templates.complaint(
                c,
                SlaClock.of(c, NOW),
                mayWork,
                errors ? null : "acknowledge",
                errors ? Typed.of("remedy", "") : Typed.none(),
                errors
                        ? FieldErrors.none().add("remedy", new FieldErrors.Violation("notNull", "must not be null"))
                        : FieldErrors.none(),
                ComplaintsPage.REMEDIES,
                ComplaintsPage.ROOT_CAUSES);
    }

    @GET
    @Path("complaint-new")
    public TemplateInstance complaintNew(@QueryParam("leadId") String leadId, @QueryParam("errors") boolean errors) {
        return ComplaintsPage.Templates.complaintNew(
                leadId,
                null,
                leadId == null ? "" : "Zhou Min",
                "K1",
                errors ? Typed.of("customerPhone", "123", "description", "Mats") : Typed.none(),
                errors
                        ? FieldErrors.none()
                                .add(
                                        "customerPhone",
                                        new FieldErrors.Violation("pattern", "must be an E.164 phone number"))
                        : FieldErrors.none(),
                ComplaintsPage.CHANNELS,
                ComplaintsPage.CATEGORIES,
                ComplaintsPage.SEVERITIES);
    }

    @GET
    @Path("complaint-report")
    public TemplateInstance complaintReport() {
        CareApi.ReportRow total = new CareApi.ReportRow("ALL", 3, 2, 1, 1, 1, 20.5, 20.5);
        List<CareApi.ReportRow> bySeverity = List.of(
                new CareApi.ReportRow("CRITICAL", 1, 1, 0, 0, 0, null, null),
                new CareApi.ReportRow("LOW", 2, 1, 1, 1, 1, 20.5, 20.5));
        List<CareApi.ReportRow> byRootCause = List.of(
                new CareApi.ReportRow("NOT_RESOLVED_YET", 2, 2, 0, 0, 0, null, null),
                new CareApi.ReportRow("COMMUNICATION", 1, 0, 1, 1, 1, 20.5, 20.5));
        CareApi.ComplaintReport report = new CareApi.ComplaintReport(
                "2026-12-01",
                "2026-12-05",
                total,
                bySeverity,
                List.of(new CareApi.ReportRow("DELIVERY", 3, 2, 1, 1, 1, 20.5, 20.5)),
                byRootCause,
                List.of(new CareApi.OpenAge("CRITICAL", 1, 0, 0, 0, 1)),
                List.of(new CareApi.RepeatComplainer("L1", "Zhou Min", 2, NOW.minus(Duration.ofDays(3)), NOW)));
        return ComplaintReportPage.Templates.complaintReport(
                report.from(),
                report.to(),
                report,
                List.of(
                        new ComplaintReportPage.Table("severity", bySeverity),
                        new ComplaintReportPage.Table("category", report.byCategory()),
                        new ComplaintReportPage.Table("rootCause", byRootCause)),
                FieldErrors.none());
    }

    @GET
    @Path("referrals")
    public TemplateInstance referrals(@QueryParam("errors") boolean errors, @QueryParam("full") boolean full) {
        List<CareApi.Referral> known = full
                ? List.of(
                        new CareApi.Referral("R1", "Li Na", "+8613600000001", "friend", NOW, null),
                        new CareApi.Referral("R2", "Wu Lei", "+8613600000002", null, NOW, NOW.plus(Duration.ofDays(2))),
                        new CareApi.Referral("R3", "Ma Jun", "+8613600000003", "colleague", NOW, null))
                : List.of(new CareApi.Referral("R1", "Li Na", "+8613600000001", "friend", NOW, null));
        Map<String, String> typed = errors ? Map.of("name-1", "Wu Lei", "phone-1", "12") : Map.of();
        List<ReferralsPage.Row> rows = java.util.stream.IntStream.range(0, 3)
                .mapToObj(n -> new ReferralsPage.Row(n, typed))
                .toList();
        return ReferralsPage.Templates.referrals(
                "L1",
                "Zhou Min",
                new CareApi.Referrals("L1", known),
                rows,
                "K1",
                errors
                        ? FieldErrors.none()
                                .add("phone-1", new FieldErrors.Violation("pattern", "must be an E.164 phone number"))
                                .add("consent-1", new FieldErrors.Violation("assertTrue", "must consent"))
                        : FieldErrors.none(),
                !errors);
    }

    @GET
    @Path("referrers")
    public TemplateInstance referrers() {
        return ReferralsPage.Templates.referrers(List.of(call("F1", "DONE", 1, false, null)));
    }
}
