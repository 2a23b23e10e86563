package dev.showroom.visit.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReceptionQueueTest {

    final List<String> onDuty = List.of("a", "b", "c");

    @Test
    void theFirstOnDutyTakesTheFirstCustomer() {
        assertEquals("a", ReceptionQueue.next(onDuty, null, Set.of()));
    }

    @Test
    void theNextAfterTheLastWhoTookOneWrappingAroundAndPassingOverTheBusy() {
        assertEquals("b", ReceptionQueue.next(onDuty, "a", Set.of()));
        assertEquals("a", ReceptionQueue.next(onDuty, "c", Set.of()));
        assertEquals("a", ReceptionQueue.next(onDuty, "b", Set.of("c")));
    }

    @Test
    void fromTheFirstWhenTheLastIsNoLongerOnDuty() {
        assertEquals("a", ReceptionQueue.next(onDuty, "gone", Set.of()));
    }

    @Test
    void nobodyWhenAllAreBusyOrNobodyIsOnDuty() {
        assertNull(ReceptionQueue.next(onDuty, "a", Set.of("a", "b", "c")));
        assertNull(ReceptionQueue.next(List.of(), null, Set.of()));
    }
}
