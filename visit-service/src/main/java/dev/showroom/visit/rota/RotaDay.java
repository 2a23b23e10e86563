package dev.showroom.visit.rota;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A day's reception rota; {@code lastPosition} is the round robin's cursor. */
@Entity
@Table(name = "rota_day")
public class RotaDay extends PanacheEntityBase {

    @Id
    public UUID id;
    @TenantId
    public String dealerId;
    public LocalDate dutyDate;
    public int lastPosition;
}
