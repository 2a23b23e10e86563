package dev.showroom.lead.assignment;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.showroom.lead.settings.DealerSettings;
import dev.showroom.lead.settings.LeadSettings;
import io.quarkus.panache.common.Sort;

/** Hands new leads to the consultants on duty in turn. */
@ApplicationScoped
public class RoundRobin {

    @Inject
    DealerSettings settings;

    /** The next consultant on duty, or null when nobody is on the rota. */
    public String next(String dealerId) {
        List<RotaEntry> rota = RotaEntry.listAll(Sort.by("position"));
        if (rota.isEmpty()) {
            return null;
        }
        // the settings row lock serialises concurrent captures so the turn is never handed out twice
        LeadSettings row = settings.lockedRow(dealerId);
        String next = rota.get((int) (row.rotaCursor % rota.size())).consultantId;
        row.rotaCursor++;
        return next;
    }
}
