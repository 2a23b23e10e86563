package dev.showroom.web.manager;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.sales.DealerTime;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The manager's dashboard: the funnel with its conversions (filtered by period, consultant and channel), each
 * consultant's funnel, checkpoint compliance, CSI and overdue follow-ups, CSI and NPS per step, the open
 * complaints with their SLA clock, the quotes waiting for approval, the defeats waiting for review and the
 * objections still open, and the showroom traffic (walk-ins per day,
 * capture rate, walk-in to test drive and quote per consultant). Charts are drawn by {@code charts.js}
 * from the tables beside them (the tables are what a screen reader reads). A bad period comes back beside its
 * field (lead-service's 400).
 */
@Path("/console/manager")
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    public record Filter(String from, String to, String consultantId, String channel) {
        static Filter of(String from, String to, String consultantId, String channel) {
            return new Filter(blank(from), blank(to), blank(consultantId), blank(channel));
        }

        /** The same filter over this month (the dealer's days): the default, and what is shown after a bad period. */
        Filter thisMonth(LocalDate today) {
            return new Filter(today.withDayOfMonth(1).toString(), today.toString(), consultantId, channel);
        }

        static String blank(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    static final List<String> CHANNELS = List.of(
            "WALK_IN",
            "PHONE",
            "MARKETING_EVENT",
            "CUSTOMER_REFERRAL",
            "PERSONAL_NETWORK",
            "PARTNER",
            "ONLINE",
            "OTHER");

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance dashboard(
                Dashboard board,
                ReportsApi.Traffic traffic,
                Filter filter,
                List<Periods.Preset> periods,
                List<String> consultants,
                List<String> channels,
                Long openAlerts,
                Long defeatsToReview,
                Long openObjections,
                FieldErrors errors);
    }

    @Inject
    @RestClient
    ReportsApi reports;

    @Inject
    @RestClient
    ApprovalsApi approvals;

    @Inject
    @RestClient
    RotaApi rota;

    @Inject
    @RestClient
    AlertsApi alerts;

    @Inject
    @RestClient
    DefeatsApi defeats;

    @Inject
    DealerTime dealerTime;

    @GET
    public Response show(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("consultantId") String consultantId,
            @QueryParam("channel") String channel) {
        Filter filter = Filter.of(from, to, consultantId, channel);
        if (filter.from() == null && filter.to() == null) {
            // this month for every report (each service has a default of its own: the funnel's month, 30 or 90 days)
            filter = filter.thisMonth(dealerTime.today());
        }
        try {
            return Response.ok(page(filter, filter, FieldErrors.none())).build();
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            // the figures without the period it refused; the form keeps what was typed, the error beside it
            return Response.status(400)
                    .entity(page(filter.thisMonth(dealerTime.today()), filter, FieldErrors.of(problem)))
                    .build();
        }
    }

    private TemplateInstance page(Filter f, Filter shown, FieldErrors errors) {
        Sections s = new Sections();
        var byConsultant =
                s.fetch("funnel", () -> reports.funnel(f.from(), f.to(), f.consultantId(), f.channel(), "CONSULTANT"));
        var byChannel =
                s.fetch("funnel", () -> reports.funnel(f.from(), f.to(), f.consultantId(), f.channel(), "CHANNEL"));
        var compliance = s.fetch("compliance", () -> reports.compliance(f.from(), f.to(), f.consultantId()));
        var satisfaction = s.fetch("satisfaction", () -> reports.satisfaction(f.from(), f.to()));
        var traffic = s.fetch("traffic", () -> reports.traffic(f.from(), f.to(), f.consultantId()));
        var overdue = s.fetch("overdue", reports::overdue);
        var complaints = s.fetch("complaints", () -> reports.openComplaints(true, 100));
        var waiting = s.fetch("approvals", () -> approvals.withStatus(ApprovalsApi.WAITING, 1));
        var onDuty = s.fetch("rota", rota::consultantIds);
        var openAlerts = s.fetch("alerts", () -> alerts.alerts(false, null, 1));
        // the defeats waiting for the manager's review and the objections still open now (lead-service, whose
        // absence the funnel's gap says already: a dash, no gap of their own)
        Sections leadFigures = new Sections();
        var toReview = leadFigures.fetch("defeats", () -> defeats.defeats("PENDING", 1));
        var openObjections = leadFigures.fetch("objections", defeats::openObjections);
        Dashboard board = Dashboard.of(
                byConsultant,
                byChannel,
                compliance,
                satisfaction,
                overdue,
                complaints,
                waiting,
                f.consultantId(),
                s.gaps().stream().distinct().toList(),
                Instant.now());
        TreeSet<String> consultants = new TreeSet<>();
        if (onDuty != null) {
            consultants.addAll(onDuty);
        }
        board.consultants().stream()
                .map(Dashboard.ConsultantRow::consultantId)
                .filter(id -> !ReportsApi.UNASSIGNED.equals(id))
                .forEach(consultants::add);
        if (f.consultantId() != null) {
            consultants.add(f.consultantId());
        }
        List<Periods.Preset> periods = Periods.of(
                "/console/manager",
                dealerTime.today(),
                shown.from(),
                shown.to(),
                "consultantId",
                shown.consultantId(),
                "channel",
                shown.channel());
        return Templates.dashboard(
                board,
                traffic,
                shown,
                periods,
                List.copyOf(consultants),
                CHANNELS,
                openAlerts == null ? null : openAlerts.total(),
                toReview == null ? null : toReview.total(),
                openObjections == null ? null : openObjections.total(),
                errors);
    }
}
