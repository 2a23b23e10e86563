package dev.showroom.lead.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.settings.LeadSettings;

/** When the next follow-up is due, by grade: plain rules, no Quarkus, no database. */
class FollowUpScheduleTest {

    static final Instant FROM = Instant.parse("2026-03-02T02:00:00Z");

    @Test
    void eachGradeHasItsCadenceFromTheDealersSettings() {
        LeadSettings s = LeadSettings.defaults("dealer-sh-01");
        assertEquals(FROM.plusSeconds(2 * 86400), FollowUpSchedule.next(s, Grade.H, FROM));
        assertEquals(FROM.plusSeconds(3 * 86400), FollowUpSchedule.next(s, Grade.A, FROM));
        assertEquals(FROM.plusSeconds(7 * 86400), FollowUpSchedule.next(s, Grade.B, FROM));
        assertEquals(FROM.plusSeconds(14 * 86400), FollowUpSchedule.next(s, Grade.C, FROM));
        s.cadenceHDays = 1;
        assertEquals(FROM.plusSeconds(86400), FollowUpSchedule.next(s, Grade.H, FROM), "the dealer's own cadence");
    }

    @Test
    void anUngradedLeadIsFollowedUpFirstAfterTheFirstFollowUpDays() {
        LeadSettings s = LeadSettings.defaults("dealer-sh-01");
        assertEquals(FROM.plusSeconds(86400), FollowUpSchedule.next(s, null, FROM));
        s.firstFollowUpDays = 3;
        assertEquals(FROM.plusSeconds(3 * 86400), FollowUpSchedule.next(s, null, FROM));
    }

    @Test
    void anOrderedOrDefeatedLeadIsNotFollowedUpByTheCadence() {
        LeadSettings s = LeadSettings.defaults("dealer-sh-01");
        assertNull(FollowUpSchedule.next(s, Grade.O, FROM));
        assertNull(FollowUpSchedule.next(s, Grade.F, FROM));
    }
}
