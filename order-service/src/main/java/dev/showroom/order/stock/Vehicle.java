package dev.showroom.order.stock;

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
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A car of the dealer's stock, by VIN. */
@Entity
@Table(name = "vehicle")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Vehicle extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String vin;
    public String modelCode;
    public String trimCode;
    public String colourCode;
    /** Sorted, comma-separated option codes (see Catalogue.keyOf). */
    public String optionCodes;

    @Enumerated(EnumType.STRING)
    public VehicleStatus status;

    public LocalDate arrivalDate;
    /** The order this car is allocated or delivered to. */
    public UUID orderId;

    public Instant createdAt;

    @Version
    public long version;

    public static Vehicle byVin(String vin) {
        return find("vin", Vin.normalise(vin)).firstResult();
    }
}
