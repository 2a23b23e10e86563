package dev.showroom.visit.reception;

import java.util.List;
import java.util.Set;

/** Who takes the next walk-in or call. Pure: no database, no clock. */
public final class ReceptionQueue {

    private ReceptionQueue() {}

    /**
     * The first consultant on duty, in the roster's order, after the one who took the last customer, wrapping
     * around and passing over those busy with a customer; from the first when the last one is no longer on duty
     * (or nobody took one yet). Null when everybody is busy or nobody is on duty.
     */
    public static String next(List<String> onDuty, String lastTaken, Set<String> busy) {
        int n = onDuty.size();
        int start = lastTaken == null ? 0 : onDuty.indexOf(lastTaken) + 1;
        for (int k = 0; k < n; k++) {
            String candidate = onDuty.get((start + k) % n);
            if (!busy.contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
