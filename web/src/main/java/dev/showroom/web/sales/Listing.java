package dev.showroom.web.sales;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/**
 * The items of a list answer, whether the service pages it ({@code {items, page, size, total}}) or answers a
 * bare array: a lead's follow-ups, contacts and needs analyses moved from the one to the other (issue 15,
 * item 6), and the console reads both so that it does not depend on the order the two land in.
 */
public final class Listing {

    private static final ObjectMapper MAPPER =
            new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Listing() {}

    /** One object of an answer (a section of a composed view), null when the section is null. */
    public static <T> T one(JsonNode answer, Class<T> type) {
        return answer == null || answer.isNull() ? null : MAPPER.convertValue(answer, type);
    }

    public static <T> List<T> of(JsonNode answer, Class<T> type) {
        JsonNode items = answer == null ? null : answer.isArray() ? answer : answer.get("items");
        if (items == null || !items.isArray()) {
            return List.of();
        }
        return MAPPER.convertValue(items, MAPPER.getTypeFactory().constructCollectionType(List.class, type));
    }
}
