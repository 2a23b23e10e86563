package dev.showroom.lead.followup;

import dev.showroom.lead.prospect.Grade;
import dev.showroom.lead.prospect.Lead;
import dev.showroom.lead.prospect.LeadEvents;
import dev.showroom.lead.settings.DealerSettings;
import dev.showroom.platform.dealer.DealerProfiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Sets a grade and schedules the next follow-up from the dealer's cadence. */
@ApplicationScoped
public class Grading {

    @Inject
    DealerSettings settings;

    @Inject
    DealerProfiles profiles;

    @Inject
    LeadEvents events;

    @Inject
    Clock clock;

    /** Announces lead.graded when the grade changed. */
    public void grade(Lead lead, Grade grade, Instant at) {
        Grade previous = lead.grade;
        lead.grade = grade;
        lead.nextFollowUpAt = FollowUpSchedule.next(
                settings.of(lead.dealerId),
                profiles.zone(lead.dealerId),
                grade,
                lead.awaitingDelivery(),
                Instant.now(clock));
        lead.updatedAt = Instant.now(clock);
        if (previous != grade) {
            events.graded(lead, previous, at);
        }
    }

    /** A follow-up happened now: a contact, the next one is one cadence later. */
    public void reschedule(Lead lead, Instant now) {
        lead.lastFollowUpAt = now;
        contacted(lead, now);
    }

    /**
     * A contact of any kind at {@code at} (a follow-up, visit.recorded, testdrive.completed, quote.issued): the
     * lead's first contact ends its wait for a response; the next follow-up moves to one cadence after the
     * latest contact ({@link FollowUpSchedule#afterContact}); an older contact arriving late moves nothing.
     */
    public void contacted(Lead lead, Instant at) {
        Instant lastBefore = lead.lastContactAt;
        lead.contacted(at);
        lead.nextFollowUpAt = lead.keptInTouch()
                ? FollowUpSchedule.afterContact(
                        settings.of(lead.dealerId),
                        profiles.zone(lead.dealerId),
                        lead.grade,
                        lead.awaitingDelivery(),
                        lead.nextFollowUpAt,
                        lastBefore,
                        at)
                : null;
        lead.updatedAt = Instant.now(clock);
    }
}
