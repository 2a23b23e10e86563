package dev.showroom.visit.reception;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A consultant at the front desk on a day: busy while with a customer, and how many customers they took. */
@Entity
@Table(name = "reception_turn")
public class ReceptionTurn extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    public String dealerId;

    public LocalDate dutyDate;
    public String consultantId;
    public boolean busy;
    public int takenCount;
}
