package dev.showroom.visit.testdrive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A car of the dealer's demo fleet. */
@Entity
@Table(name = "demo_car")
public class DemoCar extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    public String dealerId;

    public String model;
    public String trim;
    public String plate;
    public String vin;

    @Enumerated(EnumType.STRING)
    public DemoCarStatus status;
    /** The last odometer reading, from the last completed drive. */
    public Integer odometer;

    public Instant createdAt;

    @Version
    public long version;
}
