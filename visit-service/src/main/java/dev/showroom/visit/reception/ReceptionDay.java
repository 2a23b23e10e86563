package dev.showroom.visit.reception;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A day at the front desk: who took the last customer (the queue goes on after them). */
@Entity
@Table(name = "reception_day")
public class ReceptionDay extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    public String dealerId;

    public LocalDate dutyDate;
    public String lastConsultantId;
}
