package dev.showroom.lead.funnel;

import dev.showroom.platform.dealer.DealerProfile;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A consultant's monthly sales target and the leads, visits and test drives it takes to reach it. */
@Path("/api/v1/targets/{consultantId}/{month}")
@Tag(name = "Funnel and targets", description = "The sales funnel, defeat reasons and the consultants' monthly targets")
public class TargetResource {

    static final int WINDOW_DAYS = 90;

    public record TargetRequest(
            @NotNull @Min(0) @Max(10_000) Integer sales) {}

    public record Window(Instant from, Instant to, Figures.Counts basis) {}

    public record Actual(long ordersSigned) {}

    public record TargetView(
            String consultantId,
            String month,
            int sales,
            Window window,
            TargetDecomposition.Rates rates,
            TargetDecomposition.Needed needed,
            List<String> arithmetic,
            Actual actual) {}

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    FunnelQueries queries;

    @Inject
    Clock clock;

    @PUT
    @Transactional
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "setTarget", summary = "Set the consultant's sales target for the month (yyyy-MM)")
    public TargetView set(
            @PathParam("consultantId") String consultantId,
            @PathParam("month") String month,
            @Valid @NotNull TargetRequest request) {
        YearMonth ym = month(month);
        checkConsultant(consultantId);
        SalesTarget target = SalesTarget.find("consultantId = ?1 and month = ?2", consultantId, ym.toString())
                .firstResult();
        if (target == null) {
            target = new SalesTarget();
            target.id = UUID.randomUUID();
            target.consultantId = consultantId;
            target.month = ym.toString();
        }
        target.sales = request.sales();
        target.persist();
        return decompose(target, ym);
    }

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getTarget",
            summary = "The target decomposed into leads, visits and test drives from the dealer's "
                    + "conversion rates of the last 90 days, with the arithmetic")
    public TargetView get(@PathParam("consultantId") String consultantId, @PathParam("month") String month) {
        YearMonth ym = month(month);
        staff.requireOwnerOrManager(consultantId, "Target");
        SalesTarget target = SalesTarget.find("consultantId = ?1 and month = ?2", consultantId, ym.toString())
                .firstResult();
        if (target == null) {
            throw ProblemException.notFound("Target");
        }
        return decompose(target, ym);
    }

    private TargetView decompose(SalesTarget target, YearMonth month) {
        DealerProfile s = profiles.of(staff.dealerId());
        Instant now = Instant.now(clock);
        Instant windowStart = now.minus(WINDOW_DAYS, ChronoUnit.DAYS);
        Figures.Counts basis = queries.total(new FunnelQueries.Filter(s.dealerId, windowStart, now, null, null));
        TargetDecomposition.Result result = TargetDecomposition.of(target.sales, basis);
        long signed = queries.ordersSigned(
                s.dealerId,
                target.consultantId,
                month.atDay(1).atStartOfDay(s.zone()).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(s.zone()).toInstant());
        return new TargetView(
                target.consultantId,
                target.month,
                target.sales,
                new Window(windowStart, now, basis),
                result.rates(),
                result.needed(),
                result.arithmetic(),
                new Actual(signed));
    }

    private static YearMonth month(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("month", "month", "month must look like 2026-11");
        }
    }

    private static void checkConsultant(String consultantId) {
        if (consultantId == null || consultantId.isBlank() || consultantId.length() > 100) {
            throw ProblemException.invalid("consultantId", "size", "consultantId must be 1 to 100 characters");
        }
    }
}
