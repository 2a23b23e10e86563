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
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A trim, colour or option of one model. */
@Entity
@Table(name = "catalogue_item")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class CatalogueItem extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID modelId;

    @Enumerated(EnumType.STRING)
    public ItemKind kind;

    public String code;
    public String name;

    public static List<CatalogueItem> ofModel(UUID modelId) {
        return list("modelId = ?1 order by kind, code", modelId);
    }

    public static CatalogueItem find(UUID modelId, ItemKind kind, String code) {
        return find("modelId = ?1 and kind = ?2 and code = ?3", modelId, kind, code)
                .firstResult();
    }
}
