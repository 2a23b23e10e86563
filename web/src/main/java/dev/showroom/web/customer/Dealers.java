package dev.showroom.web.customer;

import dev.showroom.web.shell.Language;
import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The dealers' names the customer pages show on top, in the page's language
 * ({@code showroom.web.dealers."<dealer id>".zh / .en}); an unknown id shows no name.
 */
@Named("dealers")
@ApplicationScoped
public class Dealers {

    /** Everything under showroom.web (the mapping claims the prefix, so every key of it is declared here). */
    @ConfigMapping(prefix = "showroom.web")
    public interface Config {
        Map<String, Name> dealers();

        /** Secure cookies (HttpFilters); false for plain http on localhost. */
        @io.smallrye.config.WithDefault("true")
        boolean secureCookies();

        Csp csp();

        interface Csp {
            /** Keycloak's origin as the browser sees it (HttpFilters). */
            java.util.Optional<String> formAction();
        }

        interface Name {
            String zh();

            String en();
        }
    }

    @Inject
    Config config;

    @Inject
    Language language;

    public boolean known(String dealerId) {
        return dealerId != null && config.dealers().containsKey(dealerId);
    }

    public String name(String dealerId) {
        Config.Name name = dealerId == null ? null : config.dealers().get(dealerId);
        if (name == null) {
            return "";
        }
        return language.english() ? name.en() : name.zh();
    }
}
