package dev.showroom.order.catalogue;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

@Entity
@Table(name = "price_list_item")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class PriceListItem extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID priceListId;
    public String modelCode;

    @Enumerated(EnumType.STRING)
    public ItemKind kind;

    public String code;
    public BigDecimal price;

    public static List<PriceListItem> ofList(UUID priceListId) {
        return list("priceListId = ?1 order by modelCode, kind, code", priceListId);
    }
}
