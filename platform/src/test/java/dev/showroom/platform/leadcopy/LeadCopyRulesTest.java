package dev.showroom.platform.leadcopy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules of a local lead copy, whatever order the events arrive in (no database). */
class LeadCopyRulesTest {

    static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
    static final Instant T1 = Instant.parse("2026-01-05T09:00:00Z");

    static class Copy extends LeadCopy {}

    @Test
    void theNewestAssignmentWinsWhateverTheOrder() {
        Copy inOrder = new Copy();
        inOrder.created("li.wei", T0);
        inOrder.contact("Gao Min", "+8613900000001");
        inOrder.assigned("zhou.new", T1);

        Copy late = new Copy();
        late.assigned("zhou.new", T1);
        late.created("li.wei", T0);
        late.contact("Gao Min", "+8613900000001");

        assertEquals("zhou.new", inOrder.consultantId);
        assertEquals("zhou.new", late.consultantId);
        assertEquals(T1, late.assignedAt);
        assertEquals("Gao Min", late.name);
    }

    @Test
    void anAssignmentWithoutAConsultantChangesNothing() {
        Copy copy = new Copy();
        copy.assigned("li.wei", T0);
        assertFalse(copy.assigned(null, T1));
        assertFalse(copy.assigned(" ", T1));
        assertEquals("li.wei", copy.consultantId);
    }

    @Test
    void aConsultantThatDoesNotAssignOnlyFillsAGap() {
        Copy copy = new Copy();
        copy.consultantIfUnknown("driver", T1);
        assertEquals("driver", copy.consultantId);
        copy.assigned("owner", T1);
        copy.consultantIfUnknown("someone.else", T1);
        assertEquals("owner", copy.consultantId);
    }

    @Test
    void anErasedPersonStaysErased() {
        Copy copy = new Copy();
        copy.created("li.wei", T0);
        copy.contact("Gao Min", "+8613900000001");
        copy.erase(T1);
        copy.created("li.wei", T0);
        copy.contact("Gao Min", "+8613900000001");
        copy.contact("Gao Min", "+8613900000001");
        copy.erase(T1.plusSeconds(60));

        assertTrue(copy.erased());
        assertNull(copy.name);
        assertNull(copy.phone);
        assertEquals(T1, copy.erasedAt);
        assertEquals("li.wei", copy.consultantId, "whose customer it was stays: ownership checks need it");
    }

    @Test
    void applyingTheSameEventTwiceChangesNothing() {
        Copy once = new Copy();
        once.created("li.wei", T0);
        once.contact("Gao Min", "+8613900000001");
        once.assigned("zhou.new", T1);
        Copy twice = new Copy();
        twice.created("li.wei", T0);
        twice.contact("Gao Min", "+8613900000001");
        twice.assigned("zhou.new", T1);
        twice.assigned("zhou.new", T1);
        twice.created("li.wei", T0);
        twice.contact("Gao Min", "+8613900000001");
        assertEquals(once.consultantId, twice.consultantId);
        assertEquals(once.assignedAt, twice.assignedAt);
        assertEquals(once.name, twice.name);
    }
}
