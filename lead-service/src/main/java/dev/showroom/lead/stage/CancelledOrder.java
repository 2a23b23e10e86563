package dev.showroom.lead.stage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** An order we heard was cancelled: its order.signed, if it arrives late, must not move the lead forward. */
@Entity
@Table(name = "cancelled_order")
public class CancelledOrder extends PanacheEntityBase {
    @Id
    public UUID orderId;

    @TenantId
    public String dealerId;

    public UUID leadId;
}
