package dev.showroom.platform.dealer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * A row keyed by the dealer that a manager replaces (its profile, a service's settings), read and changed through
 * DealerRows (platform-service). Keyed by the dealer itself (not tenant-filtered): it is only ever read for the caller's or the
 * event's dealer. Its table has {@code dealer_id} as primary key and {@code version bigint not null default 0}.
 */
@MappedSuperclass
public abstract class DealerRow extends PanacheEntityBase {

    @Id
    public String dealerId;
    /** The optimistic lock: the ETag of the row's view. */
    @Version
    public long version;
}
