package dev.showroom.aftersales.customer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One message the local provider "sent" to a customer ({@link LocalMessageBox}). */
@Entity
@Table(name = "customer_message")
public class CustomerMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    public String dealerId;

    public UUID leadId;
    public String channel;
    public String body;
    public Instant sentAt;
}
