package dev.showroom.lead.funnel;

import dev.showroom.lead.prospect.Channel;
import dev.showroom.platform.dealer.DealerProfile;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Period;
import dev.showroom.platform.http.QueryParams;
import dev.showroom.platform.http.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The funnel (漏斗) of the leads created in a period: how many reached each stage and the conversion
 * between stages, by dealer, consultant and channel; defeat reasons; hq's view across dealers.
 */
@Path("/api/v1/funnel")
@Tag(name = "Funnel and targets", description = "The sales funnel, defeat reasons and the consultants' monthly targets")
public class FunnelResource {

    public record Group(String key, Figures figures) {}

    public record FunnelReport(
            String dealerId,
            LocalDate from,
            LocalDate to,
            String timeZone,
            String consultantId,
            Channel channel,
            Figures total,
            List<Group> groups) {}

    public record ReasonCount(String reason, long count, BigDecimal share) {}

    public record DefeatReasons(LocalDate from, LocalDate to, long total, List<ReasonCount> reasons) {}

    public record DealerFigures(String dealerId, Figures figures) {}

    public record HqReport(LocalDate from, LocalDate to, String timeZone, Figures total, List<DealerFigures> dealers) {}

    @Inject
    FunnelQueries queries;

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getFunnel",
            summary = "Funnel of the leads created from..to (dates in the dealer's zone), optionally "
                    + "filtered and grouped by consultant or channel; a consultant sees their own")
    public FunnelReport funnel(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("consultantId") @Size(max = 100) String consultantId,
            @QueryParam("channel") String channelParam,
            @QueryParam("groupBy") String groupByParam) {
        Channel channel = QueryParams.enumOf(Channel.class, channelParam, "channel");
        FunnelQueries.GroupBy groupBy = QueryParams.enumOf(FunnelQueries.GroupBy.class, groupByParam, "groupBy");
        if (groupBy == FunnelQueries.GroupBy.DEALER) {
            groupBy = FunnelQueries.GroupBy.NONE;
        }
        DealerProfile s = profiles.of(staff.dealerId());
        Period period = Period.parse(from, to, s.zone(), clock);
        String consultant = staff.seesOnlyOwn() ? staff.id() : consultantId;
        FunnelQueries.Filter filter = new FunnelQueries.Filter(
                s.dealerId, period.start(), period.end(), consultant, channel == null ? null : channel.name());
        List<Group> groups = groupBy == null || groupBy == FunnelQueries.GroupBy.NONE
                ? List.of()
                : queries.counts(filter, groupBy).entrySet().stream()
                        .map(e -> new Group(e.getKey(), Figures.of(e.getValue())))
                        .toList();
        return new FunnelReport(
                s.dealerId,
                period.from(),
                period.to(),
                s.timeZone,
                consultant,
                channel,
                Figures.of(queries.total(filter)),
                groups);
    }

    @GET
    @Path("defeat-reasons")
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(operationId = "getDefeatReasons", summary = "Leads defeated from..to per reason category")
    public DefeatReasons defeatReasons(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("consultantId") @Size(max = 100) String consultantId) {
        DealerProfile s = profiles.of(staff.dealerId());
        Period period = Period.parse(from, to, s.zone(), clock);
        String consultant = staff.seesOnlyOwn() ? staff.id() : consultantId;
        List<Object[]> rows = queries.defeatReasons(
                new FunnelQueries.Filter(s.dealerId, period.start(), period.end(), consultant, null));
        long total = rows.stream().mapToLong(r -> FunnelQueries.n(r[1])).sum();
        return new DefeatReasons(
                period.from(),
                period.to(),
                total,
                rows.stream()
                        .map(r -> new ReasonCount(
                                (String) r[0], FunnelQueries.n(r[1]), Figures.rate(FunnelQueries.n(r[1]), total)))
                        .toList());
    }

    @GET
    @Path("hq")
    @RolesAllowed(Roles.HQ)
    @Operation(
            operationId = "getHqFunnel",
            summary = "hq: the funnel of every dealer and the brand's total; counts only, no personal data")
    public HqReport hq(@QueryParam("from") String from, @QueryParam("to") String to) {
        ZoneId zone = ZoneId.of(DealerProfile.DEFAULT_TIME_ZONE);
        Period period = Period.parse(from, to, zone, clock);
        Map<String, Figures.Counts> byDealer = queries.counts(
                new FunnelQueries.Filter(null, period.start(), period.end(), null, null), FunnelQueries.GroupBy.DEALER);
        Figures.Counts total = byDealer.values().stream().reduce(Figures.Counts.NONE, Figures.Counts::plus);
        return new HqReport(
                period.from(),
                period.to(),
                zone.getId(),
                Figures.of(total),
                byDealer.entrySet().stream()
                        .map(e -> new DealerFigures(e.getKey(), Figures.of(e.getValue())))
                        .toList());
    }
}
