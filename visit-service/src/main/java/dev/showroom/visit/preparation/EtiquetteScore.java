package dev.showroom.visit.preparation;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * A manager's score of one consultant's etiquette and appearance (seed 000: uniform dress and a smile; standing and
 * walking; handshake; business card; tone and pace of speech), each 1..5. A score records what was seen and is not
 * revised.
 */
@Entity
@Table(name = "etiquette_score")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class EtiquetteScore extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String consultantId;
    public Instant scoredAt;
    public LocalDate scoreDate;
    public short appearance;
    public short posture;
    public short handshake;
    public short businessCard;
    public short tone;
    public String note;
    public String scoredBy;
    public Instant createdAt;
}
