package dev.showroom.lead.response;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.contracts.Events;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The response limit counted in the dealer's opening hours: plain rules, no Quarkus. */
class ResponseClockTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final Duration LIMIT = Duration.ofMinutes(30);
    /** Monday to Saturday 09:00-18:00; closed on Sunday. 2026-12-07 is a Monday. */
    static final ResponseClock SIX_DAYS = new ResponseClock(
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY").stream()
                    .map(d -> new Events.OpeningHours(d, "09:00", "18:00"))
                    .toList(),
            SHANGHAI);

    static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    @Test
    void aLeadThatComesInWhileTheShowroomIsOpenWaitsThirtyMinutes() {
        assertEquals(at("2026-12-07T10:30"), SIX_DAYS.deadline(at("2026-12-07T10:00"), LIMIT));
    }

    @Test
    void theLimitStopsAtClosingAndGoesOnAtTheNextOpening() {
        assertEquals(at("2026-12-08T09:20"), SIX_DAYS.deadline(at("2026-12-07T17:50"), LIMIT), "ten minutes today");
        assertEquals(at("2026-12-07T09:30"), SIX_DAYS.deadline(at("2026-12-07T07:00"), LIMIT), "before opening");
        assertEquals(
                at("2026-12-07T09:30"), SIX_DAYS.deadline(at("2026-12-05T19:00"), LIMIT), "Saturday night: Monday");
        assertEquals(at("2026-12-07T09:30"), SIX_DAYS.deadline(at("2026-12-06T12:00"), LIMIT), "closed on Sunday");
    }

    @Test
    void withoutOpeningHoursTheLimitIsPlainTime() {
        ResponseClock always = new ResponseClock(List.of(), SHANGHAI);
        assertEquals(at("2026-12-06T03:30"), always.deadline(at("2026-12-06T03:00"), LIMIT));
        assertEquals(Duration.ofHours(5), always.openTime(at("2026-12-06T03:00"), at("2026-12-06T08:00")));
    }

    @Test
    void theWaitIsCountedInOpeningTime() {
        assertEquals(
                Duration.ofMinutes(5),
                SIX_DAYS.openTime(at("2026-12-05T20:00"), at("2026-12-07T09:05")),
                "an online lead of Saturday night answered at 09:05 on Monday");
        assertEquals(
                Duration.ofMinutes(9 * 60 + 20), SIX_DAYS.openTime(at("2026-12-07T17:40"), at("2026-12-08T18:00")));
        assertEquals(Duration.ZERO, SIX_DAYS.openTime(at("2026-12-07T12:00"), at("2026-12-07T11:00")));
    }
}
