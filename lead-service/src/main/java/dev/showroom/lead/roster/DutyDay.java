package dev.showroom.lead.roster;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

/** The consultants on duty from {@code dutyDate} on (until a later date's list), in turn order. */
@Entity
@Table(name = "roster_duty")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class DutyDay extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public LocalDate dutyDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] consultants;

    @Version
    public long version;

    public List<String> consultantList() {
        return List.of(consultants);
    }

    /** The list in effect on {@code date}: its own, or the latest before it; null when none was ever set. */
    public static DutyDay inEffectOn(LocalDate date) {
        return find("dutyDate <= ?1 order by dutyDate desc", date).firstResult();
    }

    public static DutyDay on(LocalDate date) {
        return find("dutyDate", date).firstResult();
    }

    /** The list in effect on {@code today} and every later one, by date. */
    public static List<DutyDay> fromToday(LocalDate today) {
        DutyDay current = inEffectOn(today);
        LocalDate from = current != null ? current.dutyDate : today;
        return list("dutyDate >= ?1 order by dutyDate", from);
    }
}
