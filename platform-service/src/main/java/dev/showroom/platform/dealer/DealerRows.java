package dev.showroom.platform.dealer;

import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.Preconditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.function.Function;

/**
 * The one way a dealer's settings are kept, whichever service holds them: one row per dealer, read as the
 * defaults until a manager first changes them; changed under a lock, created from the defaults when absent,
 * and only at the version the request's {@code If-Match} names (the update method is {@code @IfMatch}; its view
 * {@code implements Versioned}, so that the answer carries the ETag).
 */
@ApplicationScoped
public class DealerRows {

    @Inject
    EntityManager em;

    @Inject
    CurrentStaff staff;

    /** The dealer's row, or the defaults (not stored) when the dealer never changed them. */
    public <T extends DealerRow> T read(Class<T> type, String dealerId, Function<String, T> defaults) {
        T row = em.find(type, dealerId);
        return row != null ? row : defaults.apply(dealerId);
    }

    /** The caller's dealer's row, or the defaults. */
    public <T extends DealerRow> T callers(Class<T> type, Function<String, T> defaults) {
        return read(type, staff.dealerId(), defaults);
    }

    /** The caller's dealer's row for an update ({@link #forUpdate}). */
    public <T extends DealerRow> T callersForUpdate(Class<T> type, Function<String, T> defaults) {
        return forUpdate(type, staff.dealerId(), defaults);
    }

    /**
     * The dealer's row for an update in this transaction: locked, stored from the defaults first when absent,
     * and refused with 412 when If-Match names another version (the defaults are version 0).
     */
    public <T extends DealerRow> T forUpdate(Class<T> type, String dealerId, Function<String, T> defaults) {
        T row = em.find(type, dealerId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = defaults.apply(dealerId);
            em.persist(row);
            em.flush();
        }
        Preconditions.check(row.version);
        return row;
    }
}
