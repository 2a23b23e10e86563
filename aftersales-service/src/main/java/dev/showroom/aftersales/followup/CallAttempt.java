package dev.showroom.aftersales.followup;

import dev.showroom.platform.tenancy.DealerOwned;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.SQLRestriction;

/** One try at a call-back: reached or not, and what was said. */
@Entity
@Table(name = "call_attempt")
@SQLRestriction(DealerOwned.RESTRICTION)
@EntityListeners(DealerOwned.class)
public class CallAttempt extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(updatable = false)
    public String dealerId;

    public UUID followUpId;
    public Instant calledAt;
    public String calledBy;
    public boolean reached;
    public String note;
    /** The call's referral checkpoint (on a referral-ask day, else only when said); null: not recorded. */
    public Boolean referralsAsked;
    /** The call's outcome when reached: satisfied or not (null: not asked), the complaint opened, the referrals. */
    public Boolean satisfied;

    public UUID complaintId;
    public int referralsGiven;
}
