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
                settings.of(lead.dealerId), profiles.zone(lead.dealerId), grade, Instant.now(clock));
        lead.updatedAt = Instant.now(clock);
        if (previous != grade) {
            events.graded(lead, previous, at);
        }
    }

    /** A follow-up happened now: the next one is one cadence later. */
    public void reschedule(Lead lead, Instant now) {
        lead.lastFollowUpAt = now;
        lead.nextFollowUpAt = lead.followedUp()
                ? FollowUpSchedule.next(settings.of(lead.dealerId), profiles.zone(lead.dealerId), lead.grade, now)
                : null;
        lead.updatedAt = now;
    }
}
