package dev.showroom.lead.response;

import dev.showroom.lead.prospect.Channel;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.settings.DealerSettings;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Lead response time (docs/process.md, "Lead response time"): how long the leads created in a period waited for
 * their first contact, in minutes of the dealer's opening hours, per channel or consultant.
 */
@Path("/api/v1/leads/response-times")
@Tag(name = "Manager alerts", description = "Hot leads past their follow-up, new leads not contacted in time")
public class ResponseTimeResource {

    public enum GroupBy {
        CHANNEL,
        CONSULTANT
    }

    /**
     * leads: created in the period; contacted: with a first contact; waiting: none yet; withinLimit / late: first
     * contact by the deadline or after it (a waiting lead past its deadline is late too, one before it neither);
     * averageMinutes / medianMinutes: the wait of the contacted ones in minutes of opening hours (null: none).
     */
    public record Row(
            String key,
            long leads,
            long contacted,
            long waiting,
            long withinLimit,
            long late,
            Long averageMinutes,
            Long medianMinutes) {}

    public record Report(
            LocalDate from,
            LocalDate to,
            GroupBy groupBy,
            String consultantId,
            int limitMinutes,
            Row total,
            List<Row> rows) {}

    @Inject
    CurrentStaff staff;

    @Inject
    DealerProfiles profiles;

    @Inject
    DealerSettings settings;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.CONSULTANT, Roles.MANAGER, Roles.ADMIN})
    @Operation(
            operationId = "getLeadResponseTimes",
            summary = "How long the leads created from..to waited for their first contact (minutes of opening hours), "
                    + "per channel (default) or consultant; a consultant sees their own")
    public Report report(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("groupBy") String groupByParam,
            @QueryParam("consultantId") @Size(max = 100) String consultantId) {
        GroupBy groupBy = QueryParams.enumOf(GroupBy.class, groupByParam, "groupBy");
        if (groupBy == null) {
            groupBy = GroupBy.CHANNEL;
        }
        String dealer = staff.dealerId();
        ZoneId zone = profiles.zone(dealer);
        Period period = Period.parse(from, to, zone, clock);
        String consultant = staff.seesOnlyOwn()
                ? staff.id()
                : consultantId == null || consultantId.isBlank() ? null : consultantId.strip();
        int limitMinutes = settings.of(dealer).responseLimitMinutes;
        Duration limit = Duration.ofMinutes(limitMinutes);
        ResponseClock open = new ResponseClock(profiles.of(dealer).openingHours(), zone);
        Instant now = Instant.now(clock);
        List<Object[]> leads = Lead.getEntityManager()
                .createQuery(
                        "select l.channel, coalesce(l.firstContactConsultantId, l.consultantId), l.createdAt, "
                                + "l.firstContactAt from Lead l where l.createdAt >= :start and l.createdAt < :end",
                        Object[].class)
                .setParameter("start", period.start())
                .setParameter("end", period.end())
                .getResultList();
        Map<String, Tally> byKey = new TreeMap<>();
        Tally total = new Tally("total");
        for (Object[] l : leads) {
            String owner = (String) l[1];
            if (consultant != null && !consultant.equals(owner)) {
                continue;
            }
            String key = groupBy == GroupBy.CHANNEL ? ((Channel) l[0]).name() : owner == null ? "(none)" : owner;
            Instant created = (Instant) l[2];
            Instant contacted = (Instant) l[3];
            Instant deadline = open.deadline(created, limit);
            Long minutes =
                    contacted == null ? null : open.openTime(created, contacted).toMinutes();
            boolean late = contacted == null ? now.isAfter(deadline) : contacted.isAfter(deadline);
            byKey.computeIfAbsent(key, Tally::new).add(minutes, late);
            total.add(minutes, late);
        }
        List<Row> rows = byKey.values().stream()
                .map(Tally::row)
                .sorted(Comparator.comparingLong(Row::leads).reversed().thenComparing(Row::key))
                .toList();
        return new Report(period.from(), period.to(), groupBy, consultant, limitMinutes, total.row(), rows);
    }

    /** One key's leads: their waits in minutes (null: not contacted yet) and how many were late. */
    static final class Tally {
        final String key;
        final List<Long> waits = new ArrayList<>();
        long leads;
        long late;
        long waitingOnTime;

        Tally(String key) {
            this.key = key;
        }

        void add(Long minutes, boolean isLate) {
            leads++;
            if (minutes != null) {
                waits.add(minutes);
            } else if (!isLate) {
                waitingOnTime++;
            }
            if (isLate) {
                late++;
            }
        }

        Row row() {
            long contacted = waits.size();
            List<Long> sorted = waits.stream().sorted().toList();
            Long average = contacted == 0
                    ? null
                    : Math.round(
                            sorted.stream().mapToLong(Long::longValue).average().orElse(0));
            Long median = contacted == 0
                    ? null
                    : contacted % 2 == 1
                            ? sorted.get((int) (contacted / 2))
                            : Math.round(
                                    (sorted.get((int) (contacted / 2) - 1) + sorted.get((int) (contacted / 2))) / 2.0);
            return new Row(
                    key, leads, contacted, leads - contacted, leads - late - waitingOnTime, late, average, median);
        }
    }
}
