package dev.showroom.lead.assignment;

import dev.showroom.lead.roster.Roster;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Hands new leads to the consultants on duty today (the dealer's roster) in turn. */
@ApplicationScoped
public class RoundRobin {

    @Inject
    Roster roster;

    /** The next consultant on duty today, or null when nobody is. */
    public String next(String dealerId) {
        return roster.nextTurn(dealerId);
    }

    /**
     * The next consultant on duty today who is not {@code current} (a lead taken from a consultant goes on down
     * the rota), or null when nobody else is on duty.
     */
    public String nextOtherThan(String dealerId, String current) {
        String first = null;
        while (true) {
            String turn = roster.nextTurn(dealerId);
            if (turn == null || turn.equals(first)) {
                return null;
            }
            if (!turn.equals(current)) {
                return turn;
            }
            first = turn;
        }
    }
}
