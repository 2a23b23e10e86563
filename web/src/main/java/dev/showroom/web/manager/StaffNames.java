package dev.showroom.web.manager;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The names the console shows for the dealer's staff: a receptionist calls a consultant by name, not by user id.
 * Read from the roster once per page ({@code {inject:staff.name(id)}} in a template); when the roster does not
 * answer, the page still works and shows the user id.
 */
@Named("staff")
@RequestScoped
public class StaffNames {

    @Inject
    @RestClient
    RotaApi rota;

    private Map<String, String> names;

    /** The roster's display name of {@code userId}; the id itself for someone not on it, '' for nobody. */
    public String name(String userId) {
        if (userId == null || userId.isBlank()) {
            return "";
        }
        return names().getOrDefault(userId, userId);
    }

    private Map<String, String> names() {
        if (names == null) {
            try {
                names = rota.members().stream()
                        .filter(m -> m.displayName() != null && !m.displayName().isBlank())
                        .collect(Collectors.toMap(RotaApi.Member::userId, RotaApi.Member::displayName, (a, b) -> a));
            } catch (RuntimeException unreachable) {
                names = Map.of(); // the desk must keep working while lead-service is away
            }
        }
        return names;
    }
}
