package dev.showroom.visit.reception;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

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
