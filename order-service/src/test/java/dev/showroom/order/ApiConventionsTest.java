package dev.showroom.order;

import static dev.showroom.order.Fixtures.MANAGER;
import static dev.showroom.order.Fixtures.as;
import static dev.showroom.order.Fixtures.consultant;
import static dev.showroom.order.Fixtures.quote;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** docs/api.md's conventions on quotes and orders: 201 + Location + ETag, If-Match (412), sort. */
@QuarkusTest
class ApiConventionsTest {

    static final String ZHOU = consultant("zhou.conventions");

    @Test
    void anOrderIsCreatedWithLocationAndItsStepsRefuseAStaleVersion() {
        String model = Fixtures.model();
        String quoteId = quote(ZHOU, Fixtures.simpleQuote(UUID.randomUUID(), model))
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .extract()
                .path("id");
        as(ZHOU).body(Map.of("category", "PRICE", "note", "too dear"))
                .post("/api/v1/quotes/" + quoteId + "/objections")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/quotes/" + quoteId));
        var created = as(ZHOU).body(Map.of("quoteId", quoteId, "depositAmount", "20000.00"))
                .post("/api/v1/orders")
                .then()
                .statusCode(201)
                .extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/orders/" + id), created.header("Location"));
        String draft = as(ZHOU).get("/api/v1/orders/" + id)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertEquals(created.header("ETag"), draft);

        String signed = as(ZHOU).body(Map.of("customerSignatory", "Zhou Xun"))
                .header("If-Match", draft)
                .post("/api/v1/orders/" + id + "/signature")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertNotEquals(draft, signed);
        assertEquals(
                signed, as(ZHOU).get("/api/v1/orders/" + id).then().extract().header("ETag"));
        // a screen that still shows the draft may not record the deposit: it reads the order again first
        as(ZHOU).body(Map.of("amount", "20000.00", "method", "CARD"))
                .header("If-Match", draft)
                .post("/api/v1/orders/" + id + "/deposit")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        as(ZHOU).get("/api/v1/orders/" + id).then().body("status", equalTo("SIGNED"));
        // If-Match is optional on order steps: without it the state machine alone decides
        as(ZHOU).body(Map.of("amount", "20000.00", "method", "CARD"))
                .post("/api/v1/orders/" + id + "/deposit")
                .then()
                .statusCode(200)
                .body("status", equalTo("DEPOSIT_PAID"));
    }

    @Test
    void quotesSortByTheListsKeysAndAnotherKeyIs400() {
        String model = Fixtures.model();
        UUID lead = UUID.randomUUID();
        String sorter = consultant("sun.sorting");
        for (String discount : List.of("100.00", "300.00", "200.00")) {
            Map<String, Object> body = new java.util.HashMap<>(Fixtures.simpleQuote(lead, model));
            body.put("discount", discount);
            quote(sorter, body).statusCode(201);
        }
        List<String> totals = as(sorter)
                .queryParam("leadId", lead.toString())
                .queryParam("sort", "total")
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .extract()
                .path("items.total");
        assertEquals(
                totals.stream()
                        .sorted((a, b) -> new java.math.BigDecimal(a).compareTo(new java.math.BigDecimal(b)))
                        .toList(),
                totals);
        List<String> descending = as(sorter)
                .queryParam("leadId", lead.toString())
                .queryParam("sort", "-total")
                .get("/api/v1/quotes")
                .then()
                .statusCode(200)
                .extract()
                .path("items.total");
        List<String> reversed = new java.util.ArrayList<>(totals);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, descending);
        as(MANAGER)
                .queryParam("sort", "discount")
                .get("/api/v1/quotes")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sort"));
        as(MANAGER)
                .queryParam("sort", "-orderNumber")
                .get("/api/v1/orders")
                .then()
                .statusCode(200);
        as(MANAGER)
                .queryParam("sort", "-code")
                .get("/api/v1/catalogue/models")
                .then()
                .statusCode(200);
        as(MANAGER).queryParam("sort", "vin").get("/api/v1/stock").then().statusCode(200);
        as(MANAGER)
                .queryParam("sort", "name")
                .get("/api/v1/catalogue/price-lists")
                .then()
                .statusCode(200);
    }
}
