package dev.showroom.lead.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

/** A dealer's settings, or the defaults for a dealer that never changed them. */
@ApplicationScoped
public class DealerSettings {

    @Inject
    EntityManager em;

    public LeadSettings of(String dealerId) {
        LeadSettings s = em.find(LeadSettings.class, dealerId);
        return s != null ? s : LeadSettings.defaults(dealerId);
    }

    /** The dealer's row, created with the defaults when absent, locked for this transaction. */
    public LeadSettings lockedRow(String dealerId) {
        LeadSettings d = LeadSettings.defaults(dealerId);
        em.createNativeQuery("insert into lead_settings (dealer_id, cadence_h_days, cadence_a_days, "
                + "cadence_b_days, cadence_c_days, first_follow_up_days) values (?1, ?2, ?3, ?4, ?5, ?6) "
                + "on conflict do nothing")
                .setParameter(1, dealerId).setParameter(2, d.cadenceHDays).setParameter(3, d.cadenceADays)
                .setParameter(4, d.cadenceBDays).setParameter(5, d.cadenceCDays).setParameter(6, d.firstFollowUpDays)
                .executeUpdate();
        // refreshed under the lock: a copy read earlier in this transaction (of()) may predate another
        // transaction's turn, and flushing it would fail on its version
        LeadSettings row = em.find(LeadSettings.class, dealerId);
        em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
        return row;
    }
}
