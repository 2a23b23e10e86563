package dev.showroom.visit.preparation;

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
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.type.SqlTypes;

/**
 * The log of a morning or evening sales meeting (晨会 / 夕会, seed 000): the rota of the day, stock news, promotions,
 * yesterday's results, today's plan, who attended. One of each kind per day; revised with If-Match.
 */
@Entity
@Table(name = "sales_meeting")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class SalesMeeting extends PanacheEntityBase {

    public enum Kind {
        MORNING,
        EVENING
    }

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    public LocalDate meetingDate;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] rota;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] attendees;

    public String stockNews;
    public String promotions;
    public String yesterdayResults;
    public String todayPlan;
    public String note;
    public String heldBy;
    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;
}
