package dev.showroom.lead.roster;

import dev.showroom.platform.http.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The rules of a day's duty: who may be on it, and whose turn it is. Pure: no database, no clock. */
public final class Rota {

    public static final int MAX_ON_DUTY = 50;

    private Rota() {}

    /**
     * What is wrong with a duty list: each consultant must be an active consultant of the roster, and on it once.
     * Each error names the consultant's place ({@code consultants[2]}).
     */
    public static List<Problem.FieldError> problems(List<String> consultants, Predicate<String> activeConsultant) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < consultants.size(); i++) {
            String id = consultants.get(i);
            String field = "consultants[" + i + "]";
            if (!seen.add(id)) {
                errors.add(new Problem.FieldError(field, "unique", "A consultant is on duty once a day"));
            } else if (!activeConsultant.test(id)) {
                errors.add(new Problem.FieldError(
                        field, "rosterConsultant", "not an active consultant of the dealer's roster"));
            }
        }
        return errors;
    }

    /** The consultants of the list who may take customers now (a member made inactive since is passed over). */
    public static List<String> available(List<String> onDuty, Predicate<String> activeConsultant) {
        return onDuty.stream().filter(activeConsultant).toList();
    }

    /** Whose turn is the {@code turn}-th lead of the day (from 0): the list in order, again and again; null when empty. */
    public static String turn(List<String> available, long turn) {
        if (available.isEmpty()) {
            return null;
        }
        return available.get((int) Math.floorMod(turn, (long) available.size()));
    }
}
