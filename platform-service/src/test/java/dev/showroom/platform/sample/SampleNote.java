package dev.showroom.platform.sample;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

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
