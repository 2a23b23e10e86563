package dev.showroom.lead.roster;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

/**
 * One of the dealer's staff, named by their Keycloak username ({@code userId}, the token's preferred_username).
 * A member is never deleted (leads and figures keep naming them): one who left is made inactive.
 */
@Entity
@Table(name = "roster_member")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class RosterMember extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String userId;
    public String displayName;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] roles;

    public boolean active;

    @Version
    public long version;

    public Instant createdAt;
    public Instant updatedAt;

    public static RosterMember byUserId(String userId) {
        return find("userId", userId).firstResult();
    }

    public List<StaffRole> roleList() {
        return Arrays.stream(roles).map(StaffRole::valueOf).sorted().toList();
    }

    public void roles(List<StaffRole> given) {
        roles = given.stream().distinct().sorted().map(StaffRole::name).toArray(String[]::new);
    }

    /** May take leads and be on duty: active, with the role CONSULTANT. */
    public boolean activeConsultant() {
        return active && roleList().contains(StaffRole.CONSULTANT);
    }
}
