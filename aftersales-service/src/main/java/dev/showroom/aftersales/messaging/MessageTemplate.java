package dev.showroom.aftersales.messaging;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** A dealer's own words for one kind of message in one language (without one: {@link TemplateText}'s default). */
@Entity
@Table(name = "message_template")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class MessageTemplate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    @Enumerated(EnumType.STRING)
    public MessageKind kind;

    public String language;
    public String subject;
    public String body;
    public Instant updatedAt;
    public String updatedBy;

    @Version
    public long version;

    /** The caller's dealer's template of that kind and language, or null (the default applies). */
    public static MessageTemplate of(MessageKind kind, String language) {
        return find("kind = ?1 and language = ?2", kind, language).firstResult();
    }
}
