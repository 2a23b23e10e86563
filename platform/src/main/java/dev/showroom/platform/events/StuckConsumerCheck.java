package dev.showroom.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness of the event consumers: down when one try to apply an event has run longer than
 * {@code showroom.events.stuck-after} (a hung statement or lock wait, which a restart cures). It replaces
 * SmallRye's check on the age of unacknowledged records, which cannot tell a hang from an event waiting
 * for the database to come back (EventInbox tries it again until it is): that one failed the channel
 * for good after 60 s of a database outage, so every pod was restarted. Waiting for the database takes
 * readiness down (the datasource check), never liveness.
 */
@Liveness
@ApplicationScoped
public class StuckConsumerCheck implements HealthCheck {

    @Inject
    EventInbox inbox;

    @ConfigProperty(name = "showroom.events.stuck-after", defaultValue = "5M")
    Duration stuckAfter;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("event consumers");
        var oldest = inbox.oldestAttempt();
        if (oldest.isPresent() && oldest.get().age().compareTo(stuckAfter) > 0) {
            return response.down()
                    .withData("stuck", oldest.get().toString())
                    .withData("seconds", oldest.get().age().toSeconds())
                    .withData("stuck-after-seconds", stuckAfter.toSeconds())
                    .build();
        }
        return response.up().build();
    }
}
