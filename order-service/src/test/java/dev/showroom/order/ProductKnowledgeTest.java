package dev.showroom.order;

import static dev.showroom.order.Fixtures.MANAGER;
import static dev.showroom.order.Fixtures.OTHER_MANAGER;
import static dev.showroom.order.Fixtures.RECEPTION;
import static dev.showroom.order.Fixtures.as;
import static dev.showroom.order.Fixtures.consultant;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Step 5: what consultants present of a model (FAB selling points, USP, competitors); managers edit it. */
@QuarkusTest
class ProductKnowledgeTest {

    static Map<String, Object> knowledge(String trim) {
        return Map.of(
                "usp",
                "The only one in its class with a heat pump as standard",
                "sellingPoints",
                List.of(
                        Map.of(
                                "feature",
                                "600 km range",
                                "advantage",
                                "Fewer stops than any rival",
                                "benefit",
                                "A weekend trip without planning charges",
                                "scenes",
                                List.of("FAMILY_TRIP", "COMMUTE")),
                        Map.of(
                                "trimCode",
                                trim,
                                "feature",
                                "Ventilated seats",
                                "advantage",
                                "Cool in summer",
                                "benefit",
                                "Arrive fresh")),
                "competitors",
                List.of(Map.of(
                        "competitorModel",
                        "Rival EV7",
                        "strengths",
                        List.of("range", "warranty", "boot"),
                        "weaknesses",
                        List.of("price"))));
    }

    @Test
    void aManagerWritesTheSellingPointsAndConsultantsReadThem() {
        String model = Fixtures.model();
        String path = "/api/v1/catalogue/models/" + model + "/product-knowledge";
        // nothing written yet: an empty document at version 0
        as(consultant("li.wei"))
                .get(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("sellingPoints.size()", equalTo(0))
                .body("modelCode", equalTo(model));

        // a trim of another model, four strengths, a stale If-Match are refused, naming the field
        // the whole document is replaced: without If-Match, 428
        as(MANAGER).body(knowledge("LUX")).put(path).then().statusCode(428);
        as(MANAGER)
                .header("If-Match", "\"0\"")
                .body(knowledge("NOPE"))
                .put(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sellingPoints[1].trimCode"))
                .body("errors[0].rule", equalTo("trimOfModel"));
        as(MANAGER)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "sellingPoints",
                        List.of(),
                        "competitors",
                        List.of(Map.of(
                                "competitorModel",
                                "X",
                                "strengths",
                                List.of("a", "b", "c", "d"),
                                "weaknesses",
                                List.of()))))
                .put(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("competitors[0].strengths"));
        as(MANAGER)
                .header("If-Match", "\"5\"")
                .body(knowledge("LUX"))
                .put(path)
                .then()
                .statusCode(412);

        String first = as(MANAGER)
                .header("If-Match", "\"0\"")
                .body(knowledge("LUX"))
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("sellingPoints[0].id", notNullValue())
                .body("sellingPoints[1].trimCode", equalTo("LUX"))
                .body("competitors[0].weaknesses[0]", equalTo("price"))
                .body("updatedBy", equalTo("zhang.manager"))
                .extract()
                .path("sellingPoints[0].id");
        as(consultant("li.wei"))
                .get(path)
                .then()
                .statusCode(200)
                .body("usp", notNullValue())
                .body("sellingPoints[0].scenes", equalTo(List.of("FAMILY_TRIP", "COMMUTE")));

        // a point sent back with its id keeps it (presentations name it); the version moves on
        as(MANAGER)
                .header("If-Match", "\"0\"")
                .body(Map.of(
                        "sellingPoints",
                        List.of(Map.of("id", first, "feature", "620 km range", "advantage", "a", "benefit", "b"))))
                .put(path)
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("sellingPoints[0].id", equalTo(first))
                .body("competitors.size()", equalTo(0));
        as(MANAGER)
                .header("If-Match", "\"0\"")
                .body(knowledge("LUX"))
                .put(path)
                .then()
                .statusCode(412);

        // consultants read, only managers and admins write; the reception and other dealers do not see it
        as(consultant("li.wei"))
                .header("If-Match", "\"1\"")
                .body(knowledge("LUX"))
                .put(path)
                .then()
                .statusCode(403);
        as(RECEPTION).get(path).then().statusCode(403);
        as(OTHER_MANAGER).get(path).then().statusCode(404);
        as(MANAGER)
                .get("/api/v1/catalogue/models/NOSUCH/product-knowledge")
                .then()
                .statusCode(404);
    }
}
