package dev.showroom.visit.traffic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Unit: the traffic figures folded per dealer day (not UTC day) and consultant. */
class ShowroomTrafficTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static ShowroomTraffic.WalkIn walkIn(
            String consultant,
            String arrival,
            Integer minutes,
            int party,
            boolean contact,
            boolean back,
            boolean driven,
            boolean quoted) {
        Instant at = Instant.parse(arrival);
        return new ShowroomTraffic.WalkIn(
                UUID.randomUUID(),
                consultant,
                at,
                minutes == null ? null : at.plusSeconds(minutes * 60L),
                party,
                contact,
                back,
                driven,
                quoted);
    }

    @Test
    void aWalkInAtHalfPastElevenAtNightUtcIsTheNextDayInShanghai() {
        var report = ShowroomTraffic.of(
                List.of(
                        walkIn("li.wei", "2026-12-03T23:30:00Z", 40, 3, true, false, true, false),
                        walkIn("li.wei", "2026-12-03T02:00:00Z", 20, 1, false, false, false, false),
                        walkIn(null, "2026-12-04T03:00:00Z", null, 2, true, true, false, true)),
                LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 5),
                SHANGHAI);
        assertEquals(3, report.byDay().size(), "every day of the period, one without walk-ins too");
        assertEquals(1, report.byDay().get(0).figures().walkIns());
        assertEquals(2, report.byDay().get(1).figures().walkIns());
        assertEquals(0, report.byDay().get(2).figures().walkIns());
        assertNull(report.byDay().get(2).figures().captureRate());
        var total = report.total();
        assertEquals(2, total.firstVisits());
        assertEquals(1, total.returnVisits());
        assertEquals(6, total.visitors());
        assertEquals(new BigDecimal("2.00"), total.averagePartySize());
        assertEquals(2, total.timed());
        assertEquals(new BigDecimal("30.0"), total.averageMinutes());
        assertEquals(new BigDecimal("0.6667"), total.captureRate());
        assertEquals(new BigDecimal("0.3333"), total.walkInToTestDrive());
        assertEquals(
                List.of(ShowroomTraffic.NOBODY, "li.wei"),
                report.byConsultant().stream()
                        .map(ShowroomTraffic.Consultant::consultantId)
                        .toList());
    }
}
