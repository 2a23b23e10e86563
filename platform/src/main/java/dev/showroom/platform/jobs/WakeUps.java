package dev.showroom.platform.jobs;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A job that commits wake up (the outbox relay, the message dispatch) rather than a timer polling for it. Wake-ups
 * fold into as few runs as they can: one that comes while a run is submitted and has not started goes with that run
 * (a burst of commits submits one task, not one each), and one that comes during a run makes the run go round once
 * more (its rows may have committed after the run read), never a second run beside it on this replica.
 */
public final class WakeUps {

    private final BooleanSupplier run;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicBoolean submitted = new AtomicBoolean();

    /**
     * @param run one run of the job; it returns false when the loop must end even if woken meanwhile (the run failed
     *     and scheduled its own retry: going round at once would fail again)
     */
    public WakeUps(BooleanSupplier run) {
        this.run = run;
    }

    /**
     * Hands a run to {@code submit} (an executor's {@code execute}, or a delayed {@code schedule}) unless one is
     * submitted and not started; a submit refused (the executor shutting down) leaves the work to the next start.
     */
    public void wake(Consumer<Runnable> submit) {
        if (!submitted.compareAndSet(false, true)) {
            return;
        }
        try {
            submit.accept(() -> {
                submitted.set(false);
                runHere();
            });
        } catch (RejectedExecutionException e) {
            submitted.set(false);
        }
    }

    /** Runs on this thread until no wake-up came during a run, or leaves it to the run under way. */
    public void runHere() {
        again.set(true);
        while (again.get()) {
            if (!running.compareAndSet(false, true)) {
                return;
            }
            boolean goOn = false;
            try {
                again.set(false);
                goOn = run.getAsBoolean();
                if (!goOn) {
                    again.set(false); // while this run still holds the loop: a later run's wake-ups are its own
                }
            } finally {
                running.set(false);
            }
            if (!goOn) {
                return;
            }
        }
    }
}
