package dev.showroom.order.catalogue;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

@Entity
@Table(name = "vehicle_model")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class VehicleModel extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String code;
    public String name;

    @Version
    public long version;

    public static VehicleModel byCode(String code) {
        return find("code", code).firstResult();
    }
}
