package dev.showroom.order.catalogue;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** Prices valid from a day to a day (open-ended when validTo is null), in the dealer's currency. */
@Entity
@Table(name = "price_list")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class PriceList extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String name;
    public String currency;
    public LocalDate validFrom;
    public LocalDate validTo;
    public String createdBy;
    public Instant createdAt;
}
