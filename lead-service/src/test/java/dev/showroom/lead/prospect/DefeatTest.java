package dev.showroom.lead.prospect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The defeat analysis' rules and the review's states, without Quarkus. */
class DefeatTest {

    static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void aCompetitorsPurchaseNamesBrandAndModel() {
        List<Defeat.Violation> v = Defeat.check(DefeatReason.BOUGHT_COMPETITOR, " ", null);
        assertEquals(2, v.size());
        assertEquals("competitorBrand", v.get(0).field());
        assertEquals("requiredForCompetitor", v.get(0).rule());
        assertEquals("competitorModel", v.get(1).field());
        assertTrue(Defeat.check(DefeatReason.BOUGHT_COMPETITOR, "Rival", "R5").isEmpty());
    }

    @Test
    void noOtherOutcomeNamesACompetitor() {
        List<Defeat.Violation> v = Defeat.check(DefeatReason.POSTPONED, "Rival", null);
        assertEquals(1, v.size());
        assertEquals("competitorBrand", v.get(0).field());
        assertEquals("onlyForCompetitor", v.get(0).rule());
        assertTrue(Defeat.check(DefeatReason.LOST_CONTACT, null, "").isEmpty());
        assertEquals("reason", Defeat.check(null, null, null).get(0).field());
    }

    @Test
    void aDefeatKeepsTheStageReachedAndTheLeadsModelAndWaitsForReview() {
        Lead lead = new Lead();
        lead.id = UUID.randomUUID();
        lead.channel = Channel.WALK_IN;
        lead.consultantId = "li.wei";
        lead.modelOfInterest = " Aurora S ";
        lead.quotedAt = NOW;
        lead.recomputeStage();
        Defeat d =
                Defeat.of(lead, DefeatReason.PRICE, ObjectionCategory.PRICE, "ignored", "ignored", null, "li.wei", NOW);
        assertEquals(Stage.QUOTED, d.stageReached);
        assertEquals("Aurora S", d.model);
        assertNull(d.competitorBrand, "only a competitor's purchase keeps a competitor");
        assertEquals(Defeat.Review.PENDING, d.review);
    }

    @Test
    void aDefeatIsConfirmedOnceAndReopenedOnce() {
        Defeat d = new Defeat();
        d.confirm("zhang.manager", NOW);
        assertEquals(Defeat.Review.CONFIRMED, d.review);
        assertThrows(IllegalStateException.class, () -> d.confirm("zhang.manager", NOW));
        // the customer came back after all: a confirmed defeat can still be reopened
        d.reopen("li.wei", NOW, "wang.fang");
        assertEquals(Defeat.Review.REOPENED, d.review);
        assertEquals("wang.fang", d.reassignedTo);
        assertThrows(IllegalStateException.class, () -> d.reopen("li.wei", NOW, null));
        assertThrows(IllegalStateException.class, () -> d.confirm("zhang.manager", NOW));
    }
}
