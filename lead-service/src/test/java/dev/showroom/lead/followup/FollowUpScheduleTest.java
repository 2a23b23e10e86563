package dev.showroom.lead.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.settings.LeadSettings;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** When the next follow-up is due, by grade: plain rules, no Quarkus, no database. */
class FollowUpScheduleTest {

    static final Instant FROM = Instant.parse("2026-03-02T02:00:00Z");
    /** The dealer's time zone (its profile). */
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void eachGradeHasItsCadenceFromTheDealersSettings() {
        LeadSettings s = LeadSettings.defaults("dealer-sh-01");
        assertEquals(FROM.plusSeconds(2 * 86400), FollowUpSchedule.next(s, SHANGHAI, Grade.H, FROM));
        assertEquals(FROM.plusSeconds(3 * 86400), FollowUpSchedule.next(s, SHANGHAI, Grade.A, FROM));
        assertEquals(FROM.plusSeconds(7 * 86400), FollowUpSchedule.next(s, SHANGHAI, Grade.B, FROM));
        assertEquals(FROM.plusSeconds(14 * 86400), FollowUpSchedule.next(s, SHANGHAI, Grade.C, FROM));
        s.cadenceHDays = 1;
        assertEquals(
                FROM.plusSeconds(86400), FollowUpSchedule.next(s, SHANGHAI, Grade.H, FROM), "the dealer's own cadence");
    }

    @Test
    void anUngradedLeadIsFollowedUpFirstAfterTheFirstFollowUpDays() {
        LeadSettings s = LeadSettings.defaults("dealer-sh-01");
        assertEquals(FROM.plusSeconds(86400), FollowUpSchedule.next(s, SHANGHAI, null, FROM));
        s.firstFollowUpDays = 3;
        assertEquals(FROM.plusSeconds(3 * 86400), FollowUpSchedule.next(s, SHANGHAI, null, FROM));
    }

    @Test
    void anOrderedOrDefeatedLeadIsNotFollowedUpByTheCadence() {
        LeadSettings s = LeadSettings.defaults("dealer-sh-01");
        assertNull(FollowUpSchedule.next(s, SHANGHAI, Grade.O, FROM));
        assertNull(FollowUpSchedule.next(s, SHANGHAI, Grade.F, FROM));
    }
}
