package dev.showroom.lead.roster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * Per dealer: the roster's revision (the last dealer.roster-changed announced; 0 for a roster a migration wrote
 * and nobody announced yet) and the round robin's turn of the day. Keyed by the dealer itself (not
 * tenant-filtered): only ever read for the caller's or the capture's dealer, locked by {@link Roster}.
 */
@Entity
@Table(name = "roster_dealer")
public class RosterDealer extends PanacheEntityBase {

    @Id
    public String dealerId;

    public long revision;
    /** The day {@link #turn} counts the leads of: another day starts again at the first on duty. */
    public LocalDate turnDate;
    /** How many leads the round robin has handed out on {@link #turnDate}. */
    public long turn;
}
