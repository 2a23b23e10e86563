package dev.showroom.gateway.views;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.showroom.gateway.routing.UpstreamCalls;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Fetches the sections of a view from the services in parallel, with the caller's own token (the
 * services apply their own rules to the caller). A service that does not answer leaves its sections
 * null and is named in {@code gaps}; a section refused for another reason (e.g. 403) is named in
 * {@code refused} with its status. The rest of the view still answers.
 */
@ApplicationScoped
public class Composer {

    /** One section's outcome. */
    record Part(String name, UpstreamCalls.Answer answer, String gap) {}

    private final UpstreamCalls calls;
    private final ObjectMapper mapper;

    public Composer(UpstreamCalls calls, ObjectMapper mapper) {
        this.calls = calls;
        this.mapper = mapper;
    }

    Uni<List<Part>> fetch(
            Map<String, ViewsConfig.Section> sections, UnaryOperator<String> expand, Map<String, String> headers) {
        List<Uni<Part>> parts = new ArrayList<>();
        sections.forEach((name, section) ->
                parts.add(calls.get(section.upstream(), expand.apply(section.path()), headers)
                        .map(answer -> new Part(name, answer, null))
                        .onFailure()
                        .recoverWithItem(e -> new Part(name, null, section.upstream()))));
        if (parts.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(parts).andFailFast();
    }

    /**
     * The caller's dealer's time zone, from its profile (lead-service's {@code /api/v1/dealer/profile}, asked with
     * the caller's token); {@code fallback} when the profile cannot be read.
     */
    Uni<ZoneId> dealerZone(ViewsConfig.Section profile, Map<String, String> headers, ZoneId fallback) {
        return calls.get(profile.upstream(), profile.path(), headers)
                .map(answer -> {
                    JsonNode zone = answer.ok() ? answer.json(mapper) : null;
                    zone = zone == null ? null : zone.get("timeZone");
                    try {
                        return zone != null && zone.isTextual() ? ZoneId.of(zone.asText()) : fallback;
                    } catch (DateTimeException e) {
                        return fallback;
                    }
                })
                .onFailure()
                .recoverWithItem(fallback);
    }

    /** Puts each part in the view as its JSON, and notes gaps and refusals. */
    ObjectNode fill(ObjectNode view, List<Part> parts) {
        TreeSet<String> gaps = new TreeSet<>();
        ObjectNode refused = mapper.createObjectNode();
        for (Part part : parts) {
            if (part.gap() != null) {
                gaps.add(part.gap());
                view.putNull(part.name());
            } else if (part.answer().ok()) {
                view.set(part.name(), part.answer().json(mapper));
            } else {
                view.putNull(part.name());
                refused.put(part.name(), part.answer().status());
            }
        }
        view.set("gaps", mapper.valueToTree(gaps));
        if (!refused.isEmpty()) {
            view.set("refused", refused);
        }
        return view;
    }
}
