package dev.showroom.lead.campaign;

import dev.showroom.lead.prospect.Channel;
import dev.showroom.platform.http.Problem;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/**
 * A marketing event or campaign of the dealer (seed 000's prospecting through channels; 市场活动): its name, the days
 * it runs, its budget in the dealer's currency and optionally the channel its leads come through. Leads point to it
 * ({@code lead.campaign_id}); the campaign report counts their funnel and what each lead, test drive and order
 * cost ({@link CampaignCost}). The rules are {@link #check}.
 */
@Entity
@Table(name = "campaign")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class Campaign extends PanacheEntityBase {

    /** The most a budget may be (numeric(14,2)). */
    static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

    /** The days a campaign may run on: a dealer's plans, not history or science fiction. */
    static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public String name;

    @Enumerated(EnumType.STRING)
    public Channel channel;

    public LocalDate startsOn;
    public LocalDate endsOn;
    public BigDecimal budget;
    public String note;
    public String createdBy;
    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;

    /** What a manager writes about a campaign. */
    public record Terms(String name, Channel channel, LocalDate startsOn, LocalDate endsOn, BigDecimal budget) {}

    /** The rules a campaign keeps, each broken one naming its field: a name, days in order, a budget of 0 or more. */
    public static List<Problem.FieldError> check(Terms t) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (t.name() == null || t.name().isBlank()) {
            errors.add(new Problem.FieldError("name", "required", "A campaign has a name"));
        }
        if (t.startsOn() == null) {
            errors.add(new Problem.FieldError("startsOn", "required", "The first day of the campaign is required"));
        } else if (outside(t.startsOn())) {
            errors.add(new Problem.FieldError("startsOn", "range", "The first day lies between 2000 and 2099"));
        }
        if (t.endsOn() == null) {
            errors.add(new Problem.FieldError("endsOn", "required", "The last day of the campaign is required"));
        } else if (outside(t.endsOn())) {
            errors.add(new Problem.FieldError("endsOn", "range", "The last day lies between 2000 and 2099"));
        } else if (t.startsOn() != null && t.endsOn().isBefore(t.startsOn())) {
            errors.add(new Problem.FieldError("endsOn", "notBeforeStart", "The campaign cannot end before it starts"));
        }
        if (t.budget() == null) {
            errors.add(new Problem.FieldError("budget", "required", "The budget is required (0 for none)"));
        } else if (t.budget().signum() < 0) {
            errors.add(new Problem.FieldError("budget", "notNegative", "The budget cannot be negative"));
        } else if (t.budget().compareTo(MAX_BUDGET) > 0 || t.budget().scale() > 2) {
            errors.add(new Problem.FieldError("budget", "amount", "The budget is an amount with at most 2 decimals"));
        }
        return errors;
    }

    private static boolean outside(LocalDate day) {
        return day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY);
    }

    /** Whether the campaign runs on any day of from..to (inclusive). */
    public boolean runsWithin(LocalDate from, LocalDate to) {
        return !startsOn.isAfter(to) && !endsOn.isBefore(from);
    }
}
