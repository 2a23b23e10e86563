package dev.showroom.order.orders;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A delay announced (order.delayed): once per order, expected delivery date and kind (a unique constraint). */
@Entity
@Table(name = "order_delay")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class OrderDelay extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID orderId;

    @Enumerated(EnumType.STRING)
    public DeliveryDelay kind;

    public LocalDate expectedDeliveryDate;
    public Instant detectedAt;
}
