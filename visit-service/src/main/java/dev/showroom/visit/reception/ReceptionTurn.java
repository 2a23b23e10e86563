package dev.showroom.visit.reception;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A consultant at the front desk on a day: busy while with a customer, and how many customers they took. */
@Entity
@Table(name = "reception_turn")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class ReceptionTurn extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public LocalDate dutyDate;
    public String consultantId;
    public boolean busy;
    public int takenCount;
}
