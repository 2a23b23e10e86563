package dev.showroom.web.manager;

import dev.showroom.web.gateway.GatewayProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sections of a report page, each from its own service: one that does not answer (5xx, 503 of an open
 * circuit, no connection) leaves its section empty and named among the gaps, the rest of the page still shows,
 * as the gateway's composed views do. A refusal (4xx) is not a gap: it goes to the caller.
 */
public final class Sections {

    private final List<String> gaps = new ArrayList<>();

    public <T> T fetch(String section, Supplier<T> call) {
        try {
            return call.get();
        } catch (GatewayProblem problem) {
            if (problem.status() < 500) {
                throw problem;
            }
        } catch (jakarta.ws.rs.ProcessingException unreachable) {
            // no connection: the same as a 503
        }
        gaps.add(section);
        return null;
    }

    public List<String> gaps() {
        return gaps;
    }
}
