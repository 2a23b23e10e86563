package dev.showroom.visit.testdrive;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A car of the dealer's demo fleet. */
@Entity
@Table(name = "demo_car")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class DemoCar extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
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
