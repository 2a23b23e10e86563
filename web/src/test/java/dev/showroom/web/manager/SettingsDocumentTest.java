package dev.showroom.web.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A settings form goes back as the service's document: its shape, the values as typed. */
class SettingsDocumentTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theDocumentKeepsTheShapeAndTakesWhatWasTyped() throws Exception {
        ObjectNode stored =
                (ObjectNode) JSON.readTree("{\"dealerId\":\"d\",\"region\":\"CN\",\"cadenceDays\":{\"H\":2,\"A\":3},"
                        + "\"followUpDays\":[1,3],\"customerCareStaffId\":\"care.sh\"}");
        ObjectNode sent = SettingsPage.document(
                stored,
                Map.of(
                        "region",
                        " cn ",
                        "cadenceDays.H",
                        "1",
                        "cadenceDays.A",
                        "x",
                        "followUpDays",
                        "1, 3 ,7",
                        "customerCareStaffId",
                        ""));
        assertEquals(
                "{\"region\":\"cn\",\"cadenceDays\":{\"H\":\"1\",\"A\":\"x\"},\"followUpDays\":[\"1\",\"3\",\"7\"],"
                        + "\"customerCareStaffId\":null}",
                sent.toString());
        assertEquals(
                "1, 3",
                SettingsPage.fields("follow-ups", stored, Map.of()).stream()
                        .filter(f -> f.name().equals("followUpDays"))
                        .findFirst()
                        .orElseThrow()
                        .value());
        assertEquals("H", SettingsPage.fields("leads", stored, Map.of()).get(1).key());
    }

    @Test
    void theProfilesOpeningHoursAreADayALineAndItsVersionGoesAsIfMatchNotAsAField() throws Exception {
        ObjectNode stored = (ObjectNode)
                JSON.readTree(
                        "{\"dealerId\":\"d\",\"region\":\"CN\",\"openingHours\":"
                                + "[{\"day\":\"MONDAY\",\"opens\":\"09:00\",\"closes\":\"18:00\"}],\"languages\":[\"zh-CN\"],\"version\":3}");
        assertEquals(
                "MONDAY 09:00-18:00",
                SettingsPage.fields("profile", stored, Map.of()).stream()
                        .filter(f -> f.name().equals("openingHours"))
                        .findFirst()
                        .orElseThrow()
                        .value());
        assertEquals("3", SettingsPage.area("profile", stored, Map.of(), null).version());
        ObjectNode sent = SettingsPage.document(
                stored,
                Map.of(
                        "region",
                        "CN",
                        "version",
                        "3",
                        "openingHours",
                        "monday 08:30-20:00\r\nSATURDAY 10:00 - 16:00\n\nSUNDAY",
                        "languages",
                        "zh-CN, en"));
        assertEquals(
                "{\"region\":\"CN\",\"openingHours\":[{\"day\":\"MONDAY\",\"opens\":\"08:30\",\"closes\":\"20:00\"},"
                        + "{\"day\":\"SATURDAY\",\"opens\":\"10:00\",\"closes\":\"16:00\"},"
                        + "{\"day\":\"SUNDAY\",\"opens\":null,\"closes\":null}],\"languages\":[\"zh-CN\",\"en\"]}",
                sent.toString());
    }
}
