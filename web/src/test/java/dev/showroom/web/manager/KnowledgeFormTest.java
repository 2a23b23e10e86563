package dev.showroom.web.manager;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Problem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The product knowledge form: rows read back, empty rows left out, order-service's 400 beside the row it names. */
class KnowledgeFormTest {

    static Map<String, String> posted() {
        Map<String, String> form = new HashMap<>();
        form.put("version", "4");
        form.put("usp", "  The family EV that goes a week on one charge ");
        // row 0 kept with its id, row 1 emptied (removed), row 2 a new point on one trim, row 3 an empty spare
        form.put("p0.id", "P-1");
        form.put("p0.feature", "600 km range");
        form.put("p0.advantage", "one charge a week");
        form.put("p0.benefit", "no range worry");
        form.put("p0.scenes", "FAMILY_TRIP， COMMUTE");
        form.put("p0.trimCode", "");
        form.put("p1.id", "P-2");
        form.put("p1.feature", " ");
        form.put("p1.advantage", "");
        form.put("p1.benefit", "");
        form.put("p1.scenes", "");
        form.put("p1.trimCode", "");
        form.put("p2.id", "");
        form.put("p2.feature", "Heat pump");
        form.put("p2.advantage", "");
        form.put("p2.benefit", "warm in winter");
        form.put("p2.scenes", "");
        form.put("p2.trimCode", "LONG_RANGE");
        form.put("p3.feature", "");
        form.put("c0.model", "Rival R5");
        form.put("c0.strengths", "longer range\r\n\r\nfaster charging\n");
        form.put("c0.weaknesses", "smaller boot");
        form.put("c1.model", "");
        form.put("c1.strengths", "");
        form.put("c1.weaknesses", "");
        return form;
    }

    @Test
    void theRowsTypedBecomeOrderServicesDocumentWithoutTheEmptyOnes() {
        KnowledgeForm form = KnowledgeForm.posted("AURORA", posted());
        assertEquals(4, form.version());
        assertEquals(4, form.points().size(), "every row is shown again");
        Map<String, Object> body = form.body();
        assertEquals("The family EV that goes a week on one charge", body.get("usp"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) body.get("sellingPoints");
        assertEquals(2, points.size(), "the emptied row and the spare are left out");
        assertEquals("P-1", points.get(0).get("id"));
        assertEquals(List.of("FAMILY_TRIP", "COMMUTE"), points.get(0).get("scenes"));
        assertFalse(points.get(0).containsKey("trimCode"), "every trim");
        assertFalse(points.get(1).containsKey("id"), "a new point gets its id from order-service");
        assertEquals("LONG_RANGE", points.get(1).get("trimCode"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rivals = (List<Map<String, Object>>) body.get("competitors");
        assertEquals(1, rivals.size());
        assertEquals(List.of("longer range", "faster charging"), rivals.get(0).get("strengths"));
    }

    @Test
    void aRefusalNamesTheRowSentWhichIsPutBesideTheRowShown() {
        KnowledgeForm form = KnowledgeForm.posted("AURORA", posted());
        GatewayProblem problem = new GatewayProblem(
                400,
                new Problem(
                        null,
                        "Bad request",
                        400,
                        null,
                        "cid",
                        List.of(
                                new Problem.FieldError("sellingPoints[1].advantage", "notBlank", "must not be blank"),
                                new Problem.FieldError("competitors[0].weaknesses", "size", "at most 3"),
                                new Problem.FieldError("usp", "size", "at most 500"))),
                null);
        form.withErrors(problem);
        assertTrue(form.points().get(0).errors().isEmpty());
        assertTrue(form.points().get(1).errors().isEmpty(), "the emptied row was not sent");
        assertEquals(
                List.of("advantage: must not be blank"), form.points().get(2).errors());
        assertEquals(List.of("weaknesses: at most 3"), form.competitors().get(0).errors());
        assertEquals(List.of("usp: at most 500"), form.general());
    }

    @Test
    void theStoredKnowledgeComesWithSpareRows() {
        KnowledgeForm form = KnowledgeForm.of(new KnowledgeApi.Knowledge(
                "AURORA",
                "USP",
                List.of(new KnowledgeApi.SellingPoint("P-1", null, "f", "a", "b", List.of("X", "Y"))),
                List.of(),
                null,
                null,
                2));
        assertEquals(1 + KnowledgeForm.SPARE_POINTS, form.points().size());
        assertEquals("X, Y", form.points().get(0).scenes());
        assertEquals(KnowledgeForm.SPARE_COMPETITORS, form.competitors().size());
        assertEquals(2, form.version());
    }
}
