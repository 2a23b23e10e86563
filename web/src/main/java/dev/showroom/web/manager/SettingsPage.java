package dev.showroom.web.manager;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.showroom.web.gateway.FieldErrors;
import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.shell.Forms;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The dealer's settings, one form per service (leads, showroom, orders, after-sales), each made from the document
 * the service answers: a number or a text is a field, a list is typed with commas, an object (the follow-up cadence
 * per grade) is a field per key. Saving sends the whole document back as typed; the service's 400 names the field
 * and the form shows it beside it, with what was typed.
 */
@Path("/console/manager/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsPage {

    static final List<String> AREAS = List.of("leads", "visits", "orders", "follow-ups");
    /** Settings the services read from a fixed set. */
    static final Map<String, List<String>> CHOICES = Map.of("followUpAssignee", List.of("CONSULTANT", "CUSTOMER_CARE"));

    /**
     * One input: {@code name} as the form posts it ({@code cadenceDays.H}), {@code key} as a problem names it
     * (the last part: {@code H}), {@code label} the message's key.
     */
    public record Field(String name, String id, String key, String label, String value, String kind,
            List<String> choices) {
    }

    public record Area(String area, List<Field> fields, FieldErrors errors) {
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
        return Templates.settings(AREAS.stream().map(a -> new Area(a, fields(a, settings.settings(a), Map.of()),
                FieldErrors.none())).toList(), done);
    }

    @POST
    @Path("{area}")
    public Response save(@PathParam("area") String area) {
        if (!AREAS.contains(area)) {
            throw new NotFoundException();
        }
        ObjectNode current = settings.settings(area);
        Map<String, String> typed = Forms.current();
        try {
            settings.replace(area, document(current, typed));
        } catch (GatewayProblem problem) {
            if (!problem.validation()) {
                throw problem;
            }
            List<Area> areas = new ArrayList<>();
            for (String a : AREAS) {
                areas.add(a.equals(area) ? new Area(a, fields(a, current, typed), FieldErrors.of(problem))
                        : new Area(a, fields(a, settings.settings(a), Map.of()), FieldErrors.none()));
            }
            return Response.status(problem.status()).entity(Templates.settings(areas, null)).build();
        }
        return Response.seeOther(URI.create("/console/manager/settings?done=" + area)).build();
    }

    /** The form's fields of a settings document; what was typed wins over what is stored. */
    static List<Field> fields(String area, ObjectNode document, Map<String, String> typed) {
        List<Field> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = document.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (name.equals("dealerId")) {
                continue;
            }
            if (value.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> inner = value.fields(); inner.hasNext();) {
                    Map.Entry<String, JsonNode> sub = inner.next();
                    String path = name + "." + sub.getKey();
                    fields.add(new Field(path, area + "-" + name + "-" + sub.getKey(), sub.getKey(), path,
                            typed.getOrDefault(path, sub.getValue().asText()), "number", List.of()));
                }
            } else if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asText()));
                fields.add(new Field(name, area + "-" + name, name, name,
                        typed.getOrDefault(name, String.join(", ", items)), "list", List.of()));
            } else {
                String kind = CHOICES.containsKey(name) ? "choice" : value.isNumber() ? "number" : "text";
                fields.add(new Field(name, area + "-" + name, name, name,
                        typed.getOrDefault(name, value.isNull() ? "" : value.asText()), kind,
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
        for (Iterator<Map.Entry<String, JsonNode>> it = current.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (name.equals("dealerId")) {
                continue;
            }
            if (e.getValue().isObject()) {
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

    private static void text(ObjectNode node, String name, String value) {
        if (value == null || value.isBlank()) {
            node.putNull(name);
        } else {
            node.put(name, value.strip());
        }
    }
}
