package dev.showroom.lead.stage;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** An order we heard was cancelled: its order.signed, if it arrives late, must not move the lead forward. */
@Entity
@Table(name = "cancelled_order")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class CancelledOrder extends PanacheEntityBase {
    @Id
    public UUID orderId;

    @Column(updatable = false)
    public String dealerId;

    public UUID leadId;
}
