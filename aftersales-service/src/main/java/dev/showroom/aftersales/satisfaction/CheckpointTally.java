package dev.showroom.aftersales.satisfaction;

import dev.showroom.aftersales.customer.Customer;
import dev.showroom.aftersales.messaging.MessageTriggers;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Counts the checkpoints that visit.recorded and presentation.recorded report as met or missed, per dealer, consultant, local day
 * and checkpoint: all the scores need, and no personal data.
 */
@ApplicationScoped
public class CheckpointTally {

    /** The events this class applies (EventDispatcher: one consumer for the service, in batches). */
    void subscribe(@Observes EventHandlers on) {
        on.event(Topics.VISIT_RECORDED, Events.VisitRecorded.class, this::onVisitRecorded);
        on.event(Topics.PRESENTATION_RECORDED, Events.PresentationRecorded.class, this::onPresentationRecorded);
    }

    /** The step of each checkpoint (docs/process.md, steps 3 and 5); an unknown one counts as reception. */
    static final Map<String, Step> STEP_OF = Map.ofEntries(
            Map.entry("ANSWERED_IN_TIME", Step.RECEPTION),
            Map.entry("STANDARD_GREETING", Step.RECEPTION),
            Map.entry("NAME_AND_CONTACT_ASKED", Step.RECEPTION),
            Map.entry("KNOWS_THE_WAY_ASKED", Step.RECEPTION),
            Map.entry("INVITED_TO_VISIT", Step.RECEPTION),
            Map.entry("GREETED_AT_ONCE", Step.RECEPTION),
            Map.entry("SELF_INTRODUCTION", Step.RECEPTION),
            Map.entry("DRINKS_OFFERED", Step.RECEPTION),
            Map.entry("NOT_PRESSED", Step.RECEPTION),
            Map.entry("BIGGEST_BENEFIT_FIRST", Step.PRESENTATION),
            Map.entry("CUSTOMER_TOOK_PART", Step.PRESENTATION),
            Map.entry("NO_COMPETITOR_RUN_DOWN", Step.PRESENTATION));

    @Inject
    EntityManager em;

    @Inject
    DealerProfiles profiles;

    @Inject
    MessageTriggers messages;

    void onVisitRecorded(IncomingEvent<Events.VisitRecorded> event) {
        Events.VisitRecorded v = event.payload();
        if (v.leadId() != null && "WALK_IN".equals(v.kind()) && v.occurredAt() != null) {
            // a referred lead's conversion (referrals report) counts its first walk-in
            Customer c = Customer.findOrCreate(v.leadId(), Customer.Status.PROSPECT);
            if (c.firstVisitAt == null || c.firstVisitAt.isAfter(v.occurredAt())) {
                c.firstVisitAt = v.occurredAt();
            }
        }
        // the thank-you after a walk-in (messaging: only to a customer who consented)
        messages.visitRecorded(v);
        tally(v.dealerId(), v.consultantId(), v.occurredAt(), v.checkpoints());
    }

    void onPresentationRecorded(IncomingEvent<Events.PresentationRecorded> event) {
        Events.PresentationRecorded p = event.payload();
        tally(p.dealerId(), p.consultantId(), p.presentedAt(), p.checkpoints());
    }

    private void tally(String dealerId, String consultantId, Instant at, List<Events.Checkpoint> checkpoints) {
        if (checkpoints == null || at == null) {
            return;
        }
        LocalDate day = at.atZone(profiles.zone(dealerId)).toLocalDate();
        for (Events.Checkpoint c : checkpoints) {
            if (c == null || c.code() == null) {
                continue;
            }
            em.createNativeQuery("insert into checkpoint_tally (dealer_id, consultant_id, day, checkpoint, step, "
                            + "met, missed) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (dealer_id, consultant_id, day, "
                            + "checkpoint) do update set met = checkpoint_tally.met + excluded.met, "
                            + "missed = checkpoint_tally.missed + excluded.missed")
                    .setParameter(1, dealerId)
                    .setParameter(2, consultantId == null ? "" : consultantId)
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
