package dev.showroom.aftersales.satisfaction;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.survey.Question.Step;
import dev.showroom.contracts.Events;
import dev.showroom.contracts.Topics;
import dev.showroom.platform.dealer.DealerProfiles;
import dev.showroom.platform.events.EventHandlers;
import dev.showroom.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;

/**
 * Counts the checkpoints that visit.recorded reports as met or missed, per dealer, consultant, local day
 * and checkpoint: all the scores need, and no personal data.
 */
@ApplicationScoped
public class CheckpointTally {

    /** The events this class applies (EventDispatcher: one consumer for the service, in batches). */
    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.VISIT_RECORDED, Events.VisitRecorded.class, this::onVisitRecorded);
    }

    /** Every checkpoint (docs/process.md, step 3) belongs to reception (phone enquiry and walk-in). */
    static final Map<String, Step> STEP_OF = Map.of(
            "ANSWERED_IN_TIME",
            Step.RECEPTION,
            "STANDARD_GREETING",
            Step.RECEPTION,
            "NAME_AND_CONTACT_ASKED",
            Step.RECEPTION,
            "KNOWS_THE_WAY_ASKED",
            Step.RECEPTION,
            "INVITED_TO_VISIT",
            Step.RECEPTION,
            "GREETED_AT_ONCE",
            Step.RECEPTION,
            "SELF_INTRODUCTION",
            Step.RECEPTION,
            "DRINKS_OFFERED",
            Step.RECEPTION,
            "NOT_PRESSED",
            Step.RECEPTION);

    @Inject
    EntityManager em;

    @Inject
    DealerProfiles profiles;

    void onVisitRecorded(IncomingEvent<Events.VisitRecorded> event) {
        Events.VisitRecorded v = event.payload();
        if (v.leadId() != null && "WALK_IN".equals(v.kind()) && v.occurredAt() != null) {
            // a referred lead's conversion (referrals report) counts its first walk-in
            Customer c = Customer.findOrCreate(v.leadId(), Customer.Status.PROSPECT);
            if (c.firstVisitAt == null || c.firstVisitAt.isAfter(v.occurredAt())) {
                c.firstVisitAt = v.occurredAt();
            }
        }
        if (v.checkpoints() == null || v.occurredAt() == null) {
            return;
        }
        LocalDate day = v.occurredAt().atZone(profiles.zone(v.dealerId())).toLocalDate();
        for (Events.Checkpoint c : v.checkpoints()) {
            if (c == null || c.code() == null) {
                continue;
            }
            em.createNativeQuery("insert into checkpoint_tally (dealer_id, consultant_id, day, checkpoint, step, "
                            + "met, missed) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (dealer_id, consultant_id, day, "
                            + "checkpoint) do update set met = checkpoint_tally.met + excluded.met, "
                            + "missed = checkpoint_tally.missed + excluded.missed")
                    .setParameter(1, v.dealerId())
                    .setParameter(2, v.consultantId() == null ? "" : v.consultantId())
                    .setParameter(3, day)
                    .setParameter(4, c.code())
                    .setParameter(
                            5, STEP_OF.getOrDefault(c.code(), Step.RECEPTION).name())
                    .setParameter(6, c.met() ? 1 : 0)
                    .setParameter(7, c.met() ? 0 : 1)
                    .executeUpdate();
        }
    }
}
