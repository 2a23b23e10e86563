package dev.showroom.order.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** Prices valid from a day to a day (open-ended when validTo is null), in the dealer's currency. */
@Entity
@Table(name = "price_list")
public class PriceList extends PanacheEntityBase {
    @Id
    public UUID id;

    @TenantId
    public String dealerId;

    public String name;
    public String currency;
    public LocalDate validFrom;
    public LocalDate validTo;
    public String createdBy;
    public Instant createdAt;
}
