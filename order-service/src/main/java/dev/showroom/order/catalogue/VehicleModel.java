package dev.showroom.order.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

@Entity
@Table(name = "vehicle_model")
public class VehicleModel extends PanacheEntityBase {
    @Id
    public UUID id;

    @TenantId
    public String dealerId;

    public String code;
    public String name;

    @Version
    public long version;

    public static VehicleModel byCode(String code) {
        return find("code", code).firstResult();
    }
}
