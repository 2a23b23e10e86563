package dev.showroom.aftersales.followup;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One try at a call-back: reached or not, and what was said. */
@Entity
@Table(name = "call_attempt")
public class CallAttempt extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    public String dealerId;
    public UUID followUpId;
    public Instant calledAt;
    public String calledBy;
    public boolean reached;
    public String note;
}
