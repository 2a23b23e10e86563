package dev.showroom.platform.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class WakeUpsTest {

    @Test
    void wakeUpsBeforeTheRunStartsGoWithIt() {
        AtomicInteger runs = new AtomicInteger();
        WakeUps wakeUps = new WakeUps(() -> runs.incrementAndGet() > 0);
        List<Runnable> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            wakeUps.wake(submitted::add);
        }
        assertEquals(1, submitted.size(), "five commits, one task");
        submitted.get(0).run();
        assertEquals(1, runs.get());

        wakeUps.wake(submitted::add);
        assertEquals(2, submitted.size(), "a commit after the run started submits the next one");
    }

    @Test
    void aWakeUpDuringARunMakesItGoRoundOnceMoreAndNoRunOverlapsIt() {
        AtomicInteger runs = new AtomicInteger();
        WakeUps[] self = new WakeUps[1];
        self[0] = new WakeUps(() -> {
            if (runs.incrementAndGet() == 1) {
                self[0].runHere(); // a tick or a commit's run arrives while this one is under way
                self[0].runHere();
                assertEquals(1, runs.get(), "no second run beside the first");
            }
            return true;
        });
        self[0].runHere();
        assertEquals(2, runs.get(), "two wake-ups during the run: one more round, not two");
    }

    @Test
    void aFailedRunEndsTheLoopEvenWhenWokenMeanwhile() {
        AtomicInteger runs = new AtomicInteger();
        WakeUps[] self = new WakeUps[1];
        self[0] = new WakeUps(() -> {
            runs.incrementAndGet();
            self[0].runHere();
            return false; // it scheduled its own retry
        });
        self[0].runHere();
        assertEquals(1, runs.get());
        self[0].runHere();
        assertEquals(2, runs.get(), "the next call runs again");
    }

    @Test
    void aRefusedSubmitLeavesTheNextWakeUpFreeToSubmit() {
        BooleanSupplier run = () -> true;
        WakeUps wakeUps = new WakeUps(run);
        wakeUps.wake(task -> {
            throw new RejectedExecutionException("shutting down");
        });
        List<Runnable> submitted = new ArrayList<>();
        wakeUps.wake(submitted::add);
        assertEquals(1, submitted.size());
    }
}
