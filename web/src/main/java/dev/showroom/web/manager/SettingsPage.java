package dev.showroom.web.manager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.shell.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The dealer's profile (phone region, time zone, currency, opening hours, languages: one form, every service applies
 * it) and its settings, one form per service (leads, showroom, orders, after-sales), each made from the document
 * the service answers: a number or a text is a field, a list is typed with commas, an object (the follow-up cadence
 * per grade) is a field per key, the opening hours a day and its hours per line. Saving sends the whole document
 * back as typed, at the version the form showed (If-Match); the service's 400 names the field and the form shows
 * it beside it, with what was typed; a 412 (someone saved meanwhile) is said on top of the form.
 */
@Path("/console/manager/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsPage {

    static final String PROFILE = "profile";
    static final List<String> AREAS = List.of(PROFILE, "leads", "visits", "orders", "follow-ups");
    static final String OPENING_HOURS = "openingHours";
    /** Settings the services read from a fixed set. */
    static final Map<String, List<String>> CHOICES = Map.of("followUpAssignee", List.of("CONSULTANT", "CUSTOMER_CARE"));

    /**
     * One input: {@code name} as the form posts it ({@code cadenceDays.H}), {@code key} as a problem names it
     * (the last part: {@code H}), {@code label} the message's key.
     */
    public record Field(
            String name, String id, String key, String label, String value, String kind, List<String> choices) {}

    public record Area(String area, String version, List<Field> fields, FieldErrors errors) {
        /** The keys the form shows beside their fields (the others go on top). */
        public String keys() {
            return String.join(",", fields.stream().map(Field::key).toList());
        }
    }

    @CheckedTemplate(basePath = "manager")
    static class Templates {
        static native TemplateInstance settings(List<Area> areas, String done);
    }

    @Inject
    @RestClient
    SettingsApi settings;

    @GET
    public TemplateInstance show(@QueryParam("done") String done) {
        return Templates.settings(
                AREAS.stream()
                        .map(a -> area(a, read(a), Map.of(), FieldErrors.none()))
                        .toList(),
                done);
    }

    @POST
    @Path("{area}")
    public Response save(@PathParam("area") String area) {
        if (!AREAS.contains(area)) {
            throw new NotFoundException();
        }
        ObjectNode current = read(area);
        Map<String, String> typed = Forms.current();
        String ifMatch =
                "\"" + typed.getOrDefault("version", current.path("version").asText()) + "\"";
        try {
            if (area.equals(PROFILE)) {
                settings.replaceProfile(ifMatch, document(current, typed));
            } else {
                settings.replace(area, ifMatch, document(current, typed));
            }
        } catch (GatewayProblem problem) {
            if (!problem.validation() && problem.status() != 412) {
                throw problem;
            }
            List<Area> areas = new ArrayList<>();
            for (String a : AREAS) {
                areas.add(
                        a.equals(area)
                                ? area(a, current, typed, FieldErrors.of(problem))
                                : area(a, read(a), Map.of(), FieldErrors.none()));
            }
            return Response.status(problem.status())
                    .entity(Templates.settings(areas, null))
                    .build();
        }
        return Response.seeOther(URI.create("/console/manager/settings?done=" + area))
                .build();
    }

    private ObjectNode read(String area) {
        return area.equals(PROFILE) ? settings.profile() : settings.settings(area);
    }

    /** A form at the version it shows (the version typed back after a refusal, so that a 412 stays one). */
    static Area area(String area, ObjectNode document, Map<String, String> typed, FieldErrors errors) {
        return new Area(
                area,
                typed.getOrDefault("version", document.path("version").asText()),
                fields(area, document, typed),
                errors);
    }

    /** The form's fields of a settings document; what was typed wins over what is stored. */
    static List<Field> fields(String area, ObjectNode document, Map<String, String> typed) {
        List<Field> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (name.equals("dealerId") || name.equals("version")) {
                continue;
            }
            if (name.equals(OPENING_HOURS)) {
                List<String> days = new ArrayList<>();
                value.forEach(d -> days.add(d.path("day").asText() + " "
                        + d.path("opens").asText() + "-" + d.path("closes").asText()));
                fields.add(new Field(
                        name,
                        area + "-" + name,
                        name,
                        name,
                        typed.getOrDefault(name, String.join("\n", days)),
                        "lines",
                        List.of()));
            } else if (value.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> inner = value.fields(); inner.hasNext(); ) {
                    Map.Entry<String, JsonNode> sub = inner.next();
                    String path = name + "." + sub.getKey();
                    fields.add(new Field(
                            path,
                            area + "-" + name + "-" + sub.getKey(),
                            sub.getKey(),
                            path,
                            typed.getOrDefault(path, sub.getValue().asText()),
                            "number",
                            List.of()));
                }
            } else if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asText()));
                fields.add(new Field(
                        name,
                        area + "-" + name,
                        name,
                        name,
                        typed.getOrDefault(name, String.join(", ", items)),
                        "list",
                        List.of()));
            } else {
                String kind = CHOICES.containsKey(name) ? "choice" : value.isNumber() ? "number" : "text";
                fields.add(new Field(
                        name,
                        area + "-" + name,
                        name,
                        name,
                        typed.getOrDefault(name, value.isNull() ? "" : value.asText()),
                        kind,
                        CHOICES.getOrDefault(name, List.of())));
            }
        }
        return fields;
    }

    /** The document to send: the stored one's shape, every value as typed (a service reads "3" as 3). */
    static ObjectNode document(ObjectNode current, Map<String, String> typed) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode out = json.objectNode();
        Map<String, ObjectNode> objects = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = current.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (name.equals("dealerId") || name.equals("version")) {
                continue;
            }
            if (name.equals(OPENING_HOURS)) {
                ArrayNode days = out.putArray(name);
                Arrays.stream(typed.getOrDefault(name, "").split("[\\n;]+"))
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .forEach(line -> days.add(openingHours(line)));
            } else if (e.getValue().isObject()) {
                ObjectNode object = objects.computeIfAbsent(name, n -> out.putObject(n));
                e.getValue().fieldNames().forEachRemaining(sub -> text(object, sub, typed.get(name + "." + sub)));
            } else if (e.getValue().isArray()) {
                ArrayNode list = out.putArray(name);
                String text = typed.getOrDefault(name, "");
                Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).forEach(list::add);
            } else {
                text(out, name, typed.get(name));
            }
        }
        return out;
    }

    /** {@code MONDAY 09:00-18:00} as the profile's day: what cannot be read goes as typed, for the service to name. */
    static ObjectNode openingHours(String line) {
        String[] parts = line.split("[\\s\\-–]+");
        ObjectNode day = JsonNodeFactory.instance.objectNode();
        day.put("day", parts[0].toUpperCase(java.util.Locale.ROOT));
        text(day, "opens", parts.length > 1 ? parts[1] : null);
        text(day, "closes", parts.length > 2 ? parts[2] : null);
        return day;
    }

    private static void text(ObjectNode node, String name, String value) {
        if (value == null || value.isBlank()) {
            node.putNull(name);
        } else {
            node.put(name, value.strip());
        }
    }
}
