package dev.showroom.lead.funnel;

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

/** A consultant's sales (orders) target for one month, set by the manager. */
@Entity
@Table(name = "sales_target")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class SalesTarget extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String consultantId;
    /** yyyy-MM */
    public String month;

    public int sales;

    @Version
    public long version;
}
