package dev.showroom.platform.sample;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.TenantId;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A minimal dealer-owned record for the platform's own tests. */
@Entity
@Table(name = "sample_note")
public class SampleNote extends PanacheEntityBase {
    @Id
    public UUID id;
    @TenantId
    public String dealerId;
    public String text;
    @Version
    public long version;
}
