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
    void aCustomerWaitingForTheCarIsKeptInTouchAtGradeBsCadenceADefeatedOneNot() {
        LeadSettings s = LeadSettings.defaults("dealer-sh-01");
        assertEquals(FROM.plusSeconds(7 * 86400), FollowUpSchedule.next(s, SHANGHAI, Grade.O, true, FROM));
        assertNull(FollowUpSchedule.next(s, SHANGHAI, Grade.O, false, FROM), "delivered: after-sales takes over");
        assertNull(FollowUpSchedule.next(s, SHANGHAI, Grade.F, true, FROM));
        s.cadenceBDays = 5;
        assertEquals(
                FROM.plusSeconds(5 * 86400),
                FollowUpSchedule.afterContact(s, SHANGHAI, Grade.O, true, null, FROM.minusSeconds(60), FROM));
    }

    @Test
    void anOrderedOrDefeatedLeadIsNotFollowedUpByTheCadence() {
        LeadSettings s = LeadSettings.defaults("dealer-sh-01");
        assertNull(FollowUpSchedule.next(s, SHANGHAI, Grade.O, FROM));
        assertNull(FollowUpSchedule.next(s, SHANGHAI, Grade.F, FROM));
    }

    @Test
    void aContactOfAnyKindMovesTheNextFollowUpToOneCadenceAfterIt() {
        LeadSettings s = LeadSettings.defaults("dealer-sh-01");
        Instant overdueSince = FROM.minusSeconds(86400);
        Instant visitToday = FROM.plusSeconds(3600);
        // the customer came in today: the next call is one cadence after the visit, not yesterday's
        assertEquals(
                visitToday.plusSeconds(3 * 86400),
                FollowUpSchedule.afterContact(s, SHANGHAI, Grade.A, overdueSince, null, visitToday));
        assertEquals(
                visitToday.plusSeconds(3 * 86400),
                FollowUpSchedule.afterContact(
                        s, SHANGHAI, Grade.A, overdueSince, FROM.minusSeconds(5 * 86400), visitToday),
                "a later contact than the last one known");
        assertEquals(
                visitToday.plusSeconds(86400),
                FollowUpSchedule.afterContact(s, SHANGHAI, null, overdueSince, null, visitToday),
                "an ungraded lead: the first follow-up days after the contact");
    }

    @Test
    void aContactOlderThanTheLastOneKnownChangesNothing() {
        LeadSettings s = LeadSettings.defaults("dealer-sh-01");
        Instant next = FROM.plusSeconds(2 * 86400);
        assertEquals(
                next,
                FollowUpSchedule.afterContact(s, SHANGHAI, Grade.H, next, FROM, FROM.minusSeconds(3600)),
                "a late event of an earlier test drive");
        assertEquals(next, FollowUpSchedule.afterContact(s, SHANGHAI, Grade.H, next, FROM, FROM), "the same contact");
        assertNull(FollowUpSchedule.afterContact(s, SHANGHAI, Grade.O, next, null, FROM), "an ordered lead");
    }
}
