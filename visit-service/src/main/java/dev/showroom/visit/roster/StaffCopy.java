package dev.showroom.visit.roster;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/** A member of the dealer's staff as lead-service's roster has them (by Keycloak username, no name). */
@Entity
@Table(name = "roster_member_copy")
public class StaffCopy extends PanacheEntityBase {

    @Id
    public UUID id;

    @TenantId
    public String dealerId;

    public String userId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] roles;

    public boolean active;

    public boolean activeConsultant() {
        return active && List.of(roles).contains("CONSULTANT");
    }
}
