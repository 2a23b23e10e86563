package dev.showroom.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The demo users of the realm file, so that what the launcher prints is what Keycloak knows. */
public record DemoUsers(List<User> users) {

    public record User(String username, String role, String dealer) {}

    public static DemoUsers read(Path realmFile) {
        List<User> users = new ArrayList<>();
        try {
            JsonNode realm = new ObjectMapper().readTree(realmFile.toFile());
            for (JsonNode user : realm.path("users")) {
                String name = user.path("username").asText();
                if (name.startsWith("service-account-")) {
                    continue;
                }
                List<String> roles = new ArrayList<>();
                user.path("realmRoles").forEach(r -> {
                    if (!r.asText().startsWith("default-roles")
                            && !r.asText().equals("offline_access")
                            && !r.asText().equals("uma_authorization")) {
                        roles.add(r.asText());
                    }
                });
                JsonNode dealer = user.path("attributes").path("dealer");
                users.add(new User(
                        name,
                        String.join(",", roles),
                        dealer.isArray() && !dealer.isEmpty() ? dealer.get(0).asText() : "(all dealers)"));
            }
        } catch (IOException e) {
            throw new SuiteException("cannot read " + realmFile + ": " + e.getMessage(), e);
        }
        return new DemoUsers(users);
    }
}
