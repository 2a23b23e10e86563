package dev.showroom.web.shell;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Where the user is, for the navigation ({@code aria-current}) in templates: {@code {inject:here.at('/console/prospects')}}. */
@Named("here")
@RequestScoped
public class Here {

    @Inject
    HttpServerRequest request;

    public String path() {
        return request.path();
    }

    public boolean at(String prefix) {
        String path = request.path();
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** At one of the comma-separated prefixes (a menu of the navigation holds the page shown). */
    public boolean within(String prefixes) {
        for (String prefix : prefixes.split(",")) {
            if (at(prefix.strip())) {
                return true;
            }
        }
        return false;
    }
}
