package dev.showroom.visit.rota;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A consultant on reception duty for a day, in rota order; busy while with a customer. */
@Entity
@Table(name = "rota_duty")
public class RotaDuty extends PanacheEntityBase {

    @Id
    public UUID id;
    @TenantId
    public String dealerId;
    public UUID rotaDayId;
    public String consultantId;
    public int position;
    public boolean busy;
    public int takenCount;
}
