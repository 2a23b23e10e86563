package dev.showroom.web.messaging;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.sales.Typed;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Test only: the pages of messages to customers rendered with sample answers (MessagingPagesRenderTest). */
@Path("/test-render/messaging")
@Produces(MediaType.TEXT_HTML)
public class RenderMessaging {

    static final String LEAD = "3f1c2a4e-0b7d-4c55-9a61-2b8e0d9c7f10";
    static final Instant AT = Instant.parse("2026-12-04T02:30:00Z");

    static MessagesApi.Templates templates() {
        return new MessagesApi.Templates(
                List.of("zh-CN", "en"),
                List.of(
                        new MessagesApi.Template(
                                "VISIT_THANK_YOU", "zh-CN", "感谢您的光临", "尊敬的{name}，感谢您今天光临本店。", false, null, null, 0),
                        new MessagesApi.Template(
                                "HOLIDAY_GREETING",
                                "en",
                                "Season's greetings",
                                "Dear {name}, happy {occasion}! {optOutLink}",
                                true,
                                AT,
                                "manager.sh",
                                3)));
    }

    @GET
    @Path("templates")
    public TemplateInstance templatesSaved() {
        MessagesApi.Templates all = templates();
        MessagesApi.Template t = all.items().get(1);
        return MessageTemplatesPage.Templates.templates(
                all, t, t.subject(), t.body(), t.version(), FieldErrors.none(), "saved", true);
    }

    @GET
    @Path("templates/refused")
    public TemplateInstance templatesRefused() {
        MessagesApi.Templates all = templates();
        MessagesApi.Template t = all.items().get(1);
        FieldErrors errors = FieldErrors.none()
                .add(
                        "body",
                        new FieldErrors.Violation(
                                "unknownPlaceholder", "{holiday} is not a placeholder; known: {name} {time}"));
        return MessageTemplatesPage.Templates.templates(
                all, t, t.subject(), "Dear {name}, happy {holiday}!", 3, errors, null, true);
    }

    @GET
    @Path("templates/stale")
    public TemplateInstance templatesStale() {
        MessagesApi.Templates all = templates();
        MessagesApi.Template t = all.items().get(1);
        FieldErrors errors =
                FieldErrors.none().addGeneral(new FieldErrors.Violation("precondition-failed", "The record changed"));
        return MessageTemplatesPage.Templates.templates(all, t, t.subject(), t.body(), t.version(), errors, null, true);
    }

    @GET
    @Path("templates/read-only")
    public TemplateInstance templatesReadOnly() {
        MessagesApi.Templates all = templates();
        MessagesApi.Template t = all.items().get(0);
        return MessageTemplatesPage.Templates.templates(
                all, t, t.subject(), t.body(), t.version(), FieldErrors.none(), null, false);
    }

    static MessagesApi.Message message(String id, String kind, String status, String body) {
        return new MessagesApi.Message(
                id,
                LEAD,
                kind,
                "en",
                "SMS",
                null,
                body,
                status,
                "FAILED".equals(status) ? "the provider refused the number" : null,
                1,
                AT,
                "QUEUED".equals(status) ? null : AT.plusSeconds(2),
                "DELIVERED".equals(status) ? AT.plusSeconds(3) : null,
                "FAILED".equals(status) ? AT.plusSeconds(90) : null);
    }

    static final Paged<MessagesApi.Message> FOUND = new Paged<>(
            List.of(
                    message(
                            "M-1",
                            "SURVEY_LINK",
                            "DELIVERED",
                            "Dear Zhou Min, tell us how it went: https://showroom.example/survey/SECRET-TOKEN "
                                    + "Stop: https://showroom.example/messages/stop/OPT-TOKEN"),
                    message("M-2", "HOLIDAY_GREETING", "FAILED", "Dear Zhou Min, happy 春节!")),
            0,
            20,
            41);

    @GET
    @Path("messages")
    public TemplateInstance history() {
        return MessagesPage.Templates.messages(new MessagesPage.View(
                FOUND,
                Map.of(LEAD, "Zhou Min"),
                new MessagesPage.Filter(null, null, "DELIVERED", "SMS", "2026-12-01", "2026-12-04"),
                null,
                "greeted",
                "12,3",
                "K-1",
                Typed.none(),
                FieldErrors.none(),
                null,
                FieldErrors.none(),
                FieldErrors.none(),
                true,
                true));
    }

    @GET
    @Path("messages/greeting-refused")
    public TemplateInstance greetingRefused() {
        return MessagesPage.Templates.messages(new MessagesPage.View(
                new Paged<>(List.of(), 0, 20, 0),
                Map.of(),
                new MessagesPage.Filter(null, null, null, null, null, null),
                null,
                null,
                null,
                "K-2",
                Typed.of("occasion", ""),
                FieldErrors.none(),
                null,
                FieldErrors.none().add("occasion", new FieldErrors.Violation("notBlank", "must not be blank")),
                FieldErrors.none(),
                true,
                true));
    }

    /** after-sales refused the period (to before from): named beside "to", the list shown without it. */
    @GET
    @Path("messages/period-refused")
    public TemplateInstance periodRefused() {
        return MessagesPage.Templates.messages(new MessagesPage.View(
                FOUND,
                Map.of(LEAD, "Zhou Min"),
                new MessagesPage.Filter(null, null, null, null, "2026-12-04", "2026-12-01"),
                null,
                null,
                null,
                "K-5",
                Typed.none(),
                FieldErrors.none(),
                null,
                FieldErrors.none(),
                FieldErrors.none().add("to", new FieldErrors.Violation("period", "to must not be before from")),
                true,
                true));
    }

    @GET
    @Path("customer")
    public TemplateInstance customer() {
        return MessagesPage.Templates.messages(new MessagesPage.View(
                new Paged<>(List.of(FOUND.items().get(1)), 0, 20, 1),
                Map.of(LEAD, "Zhou Min"),
                new MessagesPage.Filter(LEAD, null, null, null, null, null),
                "Zhou Min",
                null,
                null,
                "K-3",
                Typed.of("kind", "DELIVERY_INVITATION", "time", ""),
                FieldErrors.none(),
                "OPTED_OUT",
                FieldErrors.none(),
                FieldErrors.none(),
                true,
                false));
    }

    @GET
    @Path("customer/refused")
    public TemplateInstance customerRefused() {
        return MessagesPage.Templates.messages(new MessagesPage.View(
                new Paged<>(List.of(), 0, 20, 0),
                Map.of(),
                new MessagesPage.Filter(LEAD, null, null, null, null, null),
                "",
                null,
                null,
                "K-4",
                Typed.of("kind", "DELIVERY_INVITATION", "time", "x".repeat(41)),
                FieldErrors.none().add("time", new FieldErrors.Violation("size", "size must be between 0 and 40")),
                null,
                FieldErrors.none(),
                FieldErrors.none(),
                false,
                true));
    }

    @GET
    @Path("report")
    public TemplateInstance report() {
        MessagesApi.Report report = new MessagesApi.Report(
                "2026-12-01",
                "2026-12-04",
                "Asia/Shanghai",
                9,
                List.of(
                        new MessagesApi.ReportRow("VISIT_THANK_YOU", "SMS", "DELIVERED", 5),
                        new MessagesApi.ReportRow("VISIT_THANK_YOU", "EMAIL", "SENT", 1),
                        new MessagesApi.ReportRow("HOLIDAY_GREETING", "SMS", "FAILED", 2),
                        new MessagesApi.ReportRow("APPOINTMENT_REMINDER", "SMS", "QUEUED", 1)),
                3,
                List.of(new MessagesApi.OptOutRow("STOP_REPLY", 2), new MessagesApi.OptOutRow("LINK", 1)),
                57);
        return MessageReportPage.Templates.report(
                report.from(),
                report.to(),
                report,
                MessageReportPage.lines(report, true),
                MessageReportPage.lines(report, false),
                MessagesPage.STATUSES,
                FieldErrors.none());
    }

    @GET
    @Path("report/bad-period")
    public TemplateInstance reportBadPeriod() {
        return MessageReportPage.Templates.report(
                "2026-12-09",
                "2026-12-01",
                null,
                List.of(),
                List.of(),
                MessagesPage.STATUSES,
                FieldErrors.none().add("from", new FieldErrors.Violation("period", "from must not be after to")));
    }
}
