package dev.showroom.lead.assignment;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A consultant on duty, in the order the rota hands out new leads. */
@Entity
@Table(name = "rota_entry")
public class RotaEntry extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    public String dealerId;
    public String consultantId;
    public int position;
}
