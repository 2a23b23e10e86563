package dev.showroom.lead.objection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.lead.objection.Objection.Genuine;
import dev.showroom.lead.objection.Objection.Routine;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 002's routine as rules, without Quarkus. */
class ObjectionTest {

    static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    @Test
    void aCommitmentComesAfterTheLock() {
        List<Objection.Violation> v =
                Objection.check(new Routine(true, Genuine.TRUE_OBJECTION, false, true, null, false));
        assertEquals(1, v.size());
        assertEquals("commitmentObtained", v.get(0).field());
        assertEquals("lockBeforeCommitment", v.get(0).rule());
        assertTrue(Objection.check(new Routine(true, Genuine.TRUE_OBJECTION, true, true, null, false))
                .isEmpty());
    }

    @Test
    void aPretextIsNotLocked() {
        List<Objection.Violation> v = Objection.check(new Routine(false, Genuine.PRETEXT, true, false, null, false));
        assertEquals("onlyReasonConfirmed", v.get(0).field());
        assertEquals("pretextNotLocked", v.get(0).rule());
    }

    @Test
    void resolvedOnlyWithTheAnswerGiven() {
        List<Objection.Violation> v = Objection.check(new Routine(true, Genuine.UNKNOWN, false, false, " ", true));
        assertEquals("answer", v.get(0).field());
        assertEquals("answerBeforeResolve", v.get(0).rule());
    }

    @Test
    void resolvingTakesTheEarlierAnswerAndOnlyOnce() {
        Objection o = new Objection();
        o.genuine = Genuine.TRUE_OBJECTION;
        o.onlyReasonConfirmed = true;
        assertEquals("answer", o.resolve(null, true, "li.wei", NOW).get(0).field());
        o.answer = "Five years' warranty";
        assertTrue(o.resolve(null, true, "li.wei", NOW).isEmpty());
        assertTrue(o.resolved());
        assertTrue(o.commitmentObtained);
        assertThrows(IllegalStateException.class, () -> o.resolve("again", null, "li.wei", NOW));
    }

    @Test
    void noCommitmentWithoutTheLockOnResolving() {
        Objection o = new Objection();
        o.genuine = Genuine.UNKNOWN;
        List<Objection.Violation> v = o.resolve("We can deliver in May", true, "li.wei", NOW);
        assertEquals("commitmentObtained", v.get(0).field());
        assertTrue(!o.resolved());
    }
}
