package dev.showroom.visit.checklist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The morning's check of the showroom, once per dealer and day. */
@Entity
@Table(name = "checklist_run")
public class ChecklistRun extends PanacheEntityBase {

    @Id
    public UUID id;
    @TenantId
    public String dealerId;
    public LocalDate runDate;
    public String runBy;
    public Instant ranAt;
}
