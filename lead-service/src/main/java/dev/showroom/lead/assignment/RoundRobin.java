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
}
