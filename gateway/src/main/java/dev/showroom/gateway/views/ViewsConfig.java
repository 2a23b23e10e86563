package dev.showroom.gateway.views;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The service calls behind the composed views, by section name (the JSON field of the answer).
 * Paths may hold {@code {leadId}}, {@code {dealerId}} and {@code {today}}.
 */
@ConfigMapping(prefix = "showroom.views")
public interface ViewsConfig {

    /** The lead itself, the heart of customer 360 (a 404 there is a 404 of the view). */
    Section lead();

    Map<String, Section> customer360();

    Map<String, Section> dashboard();

    /** The dealer's profile, whose time zone is the one in which "today" of the dashboard is reckoned. */
    Section dealerProfile();

    /** The zone of "today" when the dealer's profile cannot be read (a profile's default). */
    @WithDefault("Asia/Shanghai")
    ZoneId timeZone();

    interface Section {
        /** An upstream name of showroom.gateway.upstreams. */
        String upstream();

        String path();

        /**
         * The roles that may see this section; a caller with none of them does not get it, and the service is
         * not asked. Absent: every role of the view (the service decides).
         */
        Optional<Set<String>> roles();

        default boolean visibleTo(Set<String> callerRoles) {
            return roles().map(allowed -> allowed.stream().anyMatch(callerRoles::contains))
                    .orElse(true);
        }
    }
}
