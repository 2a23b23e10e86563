package dev.showroom.visit.roster;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

/** A member of the dealer's staff as lead-service's roster has them (by Keycloak username, no name). */
@Entity
@Table(name = "roster_member_copy")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class StaffCopy extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String userId;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] roles;

    public boolean active;

    public boolean activeConsultant() {
        return active && List.of(roles).contains("CONSULTANT");
    }
}
