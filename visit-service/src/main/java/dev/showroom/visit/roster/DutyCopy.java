package dev.showroom.visit.roster;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

/** The consultants on duty from {@code dutyDate} on (until a later date's list), in turn order: the roster's. */
@Entity
@Table(name = "roster_duty_copy")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class DutyCopy extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public LocalDate dutyDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] consultants;

    /** The list in effect on {@code date}: its own, or the latest before it; null when none. */
    public static DutyCopy inEffectOn(LocalDate date) {
        return find("dutyDate <= ?1 order by dutyDate desc", date).firstResult();
    }

    public List<String> consultantList() {
        return List.of(consultants);
    }
}
