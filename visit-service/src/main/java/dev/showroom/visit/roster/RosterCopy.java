package dev.showroom.visit.roster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The revision of the dealer's roster this copy holds (dealer.roster-changed): an older record changes nothing.
 * Keyed by the dealer itself (not tenant-filtered): only ever read for the event's dealer.
 */
@Entity
@Table(name = "roster_copy")
public class RosterCopy extends PanacheEntityBase {

    @Id
    public String dealerId;

    public long revision;
}
