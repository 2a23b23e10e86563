package dev.showroom.order;

import static dev.showroom.order.Fixtures.MANAGER;
import static dev.showroom.order.Fixtures.OTHER_MANAGER;
import static dev.showroom.order.Fixtures.RECEPTION;
import static dev.showroom.order.Fixtures.as;
import static dev.showroom.order.Fixtures.consultant;
import static dev.showroom.order.Fixtures.quote;
import static dev.showroom.order.Fixtures.updating;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.MovableClock;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuoteApiTest {

    static final String LI = consultant("li.wei");
    static final String CHEN = consultant("chen.jing");

    @Test
    void aQuoteCarriesTheKnownFiguresToTheCentAndIsAnnounced() {
        String model = Fixtures.model();
        UUID lead = UUID.randomUUID();
        JsonPath q = quote(LI, Fixtures.knownQuote(lead, model))
                .statusCode(201)
                .header("Location", containsString("/api/v1/quotes/"))
                .body("status", equalTo("ISSUED"))
                .body("consultantId", equalTo("li.wei"))
                .body("currency", equalTo("CNY"))
                .body("lines", hasSize(4))
                .body("listPrice", equalTo("213500.00"))
                .body("discount", equalTo("10000.00"))
                .body("discountLimit", equalTo("10675.00"))
                .body("netPrice", equalTo("203500.00"))
                .body("feesTotal", equalTo("4821.50"))
                .body("tradeIn.appraisedValue", equalTo("30000.00"))
                .body("total", equalTo("178321.50"))
                .body("financing.financedAmount", equalTo("128321.50"))
                .body("financing.monthlyInstalment", equalTo("3834.40"))
                .body("financing.finalInstalment", equalTo("3834.34"))
                .body("financing.totalInterest", equalTo("9716.84"))
                .body("optionCodes", equalTo(List.of("PANO", "TOW")))
                .extract()
                .jsonPath();
        String id = q.getString("id");

        ConsumerRecord<String, String> event =
                TestEvents.await("quote.issued", r -> r.value().contains(id));
        EventContract.assertValid(event);
        assertEquals(lead.toString(), event.key());
        JsonPath payload = new JsonPath(event.value());
        assertEquals("178321.50", payload.getString("total"));
        assertEquals("Luxury", payload.getString("trim"));
        assertEquals("li.wei", payload.getString("consultantId"));

        // the same quote through the list a "customer 360" uses
        as(LI).get("/api/v1/quotes?leadId=" + lead)
                .then()
                .statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(id));
        as(LI).get("/api/v1/catalogue/models/" + model + "/prices")
                .then()
                .statusCode(200)
                .body("prices.find { it.code == 'LUX' }.price", equalTo("200000.00"));
    }

    @Test
    void zeroPercentFinancingRepaysThePrincipalExactly() {
        String model = Fixtures.model();
        Map<String, Object> body = new HashMap<>(Fixtures.knownQuote(UUID.randomUUID(), model));
        body.put("financing", Map.of("downPayment", "50000.00", "termMonths", 36, "annualRatePercent", "0"));
        quote(LI, body)
                .statusCode(201)
                .body("financing.monthlyInstalment", equalTo("3564.49"))
                .body("financing.finalInstalment", equalTo("3564.35"))
                .body("financing.totalOfInstalments", equalTo("128321.50"))
                .body("financing.totalInterest", equalTo("0.00"));
    }

    @Test
    void aDiscountAboveTheConsultantsLimitWaitsForAManager() {
        String model = Fixtures.model();
        Map<String, Object> body = new HashMap<>(Fixtures.simpleQuote(UUID.randomUUID(), model));
        body.put("discount", "20000.00"); // limit: 5 % of 203000.00 = 10150.00
        String id = quote(LI, body)
                .statusCode(201)
                .body("status", equalTo("PENDING_APPROVAL"))
                .body("discountLimit", equalTo("10150.00"))
                .body("issuedAt", nullValue())
                .extract()
                .path("id");

        as(LI).body(Map.of("quoteId", id, "depositAmount", "5000.00"))
                .post("/api/v1/orders")
                .then()
                .statusCode(409);
        as(LI).body(Map.of("decision", "APPROVED"))
                .post("/api/v1/quotes/" + id + "/approval")
                .then()
                .statusCode(403);
        as(MANAGER)
                .get("/api/v1/quotes?status=PENDING_APPROVAL&size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        assertTrue(TestEvents.all("quote.issued", r -> r.value().contains(id)).isEmpty(), "not issued before approval");

        String seen = as(MANAGER).get("/api/v1/quotes/" + id).then().extract().header("ETag");
        as(MANAGER)
                .body(Map.of("decision", "APPROVED", "note", "loyal customer"))
                .post("/api/v1/quotes/" + id + "/approval")
                .then()
                .statusCode(428)
                .contentType("application/problem+json");
        as(MANAGER)
                .body(Map.of("decision", "APPROVED", "note", "loyal customer"))
                .header("If-Match", "\"99\"")
                .post("/api/v1/quotes/" + id + "/approval")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        as(MANAGER)
                .body(Map.of("decision", "APPROVED", "note", "loyal customer"))
                .header("If-Match", seen)
                .post("/api/v1/quotes/" + id + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("approval.decidedBy", equalTo("zhang.manager"))
                .body("approval.note", equalTo("loyal customer"))
                .header(
                        "ETag",
                        equalTo(as(MANAGER)
                                .get("/api/v1/quotes/" + id)
                                .then()
                                .extract()
                                .header("ETag")));
        EventContract.assertValid(
                TestEvents.await("quote.issued", r -> r.value().contains(id)));
        // the second manager, who saw it waiting, is told it changed
        as(MANAGER)
                .body(Map.of("decision", "REJECTED"))
                .header("If-Match", seen)
                .post("/api/v1/quotes/" + id + "/approval")
                .then()
                .statusCode(412);
        updating(MANAGER, "/api/v1/quotes/" + id)
                .body(Map.of("decision", "REJECTED", "note", "no"))
                .post("/api/v1/quotes/" + id + "/approval")
                .then()
                .statusCode(409);
        as(LI).body(Map.of("quoteId", id, "depositAmount", "5000.00"))
                .post("/api/v1/orders")
                .then()
                .statusCode(201);

        String rejected = quote(LI, body).statusCode(201).extract().path("id");
        updating(MANAGER, "/api/v1/quotes/" + rejected)
                .body(Map.of("decision", "REJECTED", "note", " "))
                .post("/api/v1/quotes/" + rejected + "/approval")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("note"))
                .body("errors[0].rule", equalTo("required"));
        updating(MANAGER, "/api/v1/quotes/" + rejected)
                .body(Map.of("decision", "REJECTED", "note", "too much"))
                .post("/api/v1/quotes/" + rejected + "/approval")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"));
        as(LI).body(Map.of("quoteId", rejected, "depositAmount", "5000.00"))
                .post("/api/v1/orders")
                .then()
                .statusCode(409);

        // a manager quoting gives the discount at once
        quote(MANAGER, body).statusCode(201).body("status", equalTo("ISSUED"));
    }

    @Test
    void objectionsAreRecordedByCategory() {
        String model = Fixtures.model();
        String id = quote(LI, Fixtures.simpleQuote(UUID.randomUUID(), model))
                .statusCode(201)
                .extract()
                .path("id");
        as(LI).body(Map.of("category", "COMPETITOR", "note", "cheaper at the other brand"))
                .post("/api/v1/quotes/" + id + "/objections")
                .then()
                .statusCode(201)
                .body("objections", hasSize(1))
                .body("objections[0].category", equalTo("COMPETITOR"))
                .body("objections[0].raisedBy", equalTo("li.wei"));
        as(LI).body(Map.of("category", "WEATHER"))
                .post("/api/v1/quotes/" + id + "/objections")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("category"));

        // a tablet's retry after a lost answer records the objection once
        String key = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            as(LI).header("Idempotency-Key", key)
                    .body(Map.of("category", "PRICE", "note", "over budget"))
                    .post("/api/v1/quotes/" + id + "/objections")
                    .then()
                    .statusCode(201)
                    .body("objections", hasSize(2));
        }
        as(LI).get("/api/v1/quotes/" + id).then().body("objections", hasSize(2));
    }

    @Test
    void badInputIsA400ProblemNamingTheField() {
        String model = Fixtures.model();
        as(MANAGER)
                .body(Map.of(
                        "name",
                        "bad",
                        "validFrom",
                        LocalDate.now().toString(),
                        "items",
                        List.of(Map.of("modelCode", model, "kind", "TRIM", "code", "LUX", "price", "-1.00"))))
                .post("/api/v1/catalogue/price-lists")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("items[0].price"))
                .body("errors[0].rule", equalTo("decimalMin"));

        Map<String, Object> above = new HashMap<>(Fixtures.simpleQuote(UUID.randomUUID(), model));
        above.put("discount", "203000.01");
        quote(MANAGER, above)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("discount"))
                .body("errors[0].rule", equalTo("notAbovePrice"));

        Map<String, Object> unknown = new HashMap<>(Fixtures.simpleQuote(UUID.randomUUID(), model));
        unknown.put("modelCode", "NO-SUCH-MODEL");
        quote(LI, unknown)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("modelCode"))
                .body("errors[0].rule", equalTo("known"));

        Map<String, Object> term0 = new HashMap<>(Fixtures.simpleQuote(UUID.randomUUID(), model));
        term0.put("financing", Map.of("downPayment", "0.00", "termMonths", 0, "annualRatePercent", "3.5"));
        quote(LI, term0)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("financing.termMonths"))
                .body("errors[0].rule", equalTo("min"));

        as(MANAGER)
                .body(Map.of("vin", "LSVAU2180N2183294", "modelCode", model, "trimCode", "LUX", "colourCode", "PEARL"))
                .post("/api/v1/stock")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("vin"))
                .body("errors[0].rule", equalTo("vin"));
        as(MANAGER)
                .body(Map.of("vin", "LSVAU218XN218329O", "modelCode", model, "trimCode", "LUX", "colourCode", "PEARL"))
                .post("/api/v1/stock")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("vin"));

        Map<String, Object> negativeDiscount = new HashMap<>(Fixtures.simpleQuote(UUID.randomUUID(), model));
        negativeDiscount.put("discount", "-5.00");
        quote(LI, negativeDiscount).statusCode(400).body("errors[0].field", equalTo("discount"));
        Map<String, Object> unpricedColour = new HashMap<>(Fixtures.simpleQuote(UUID.randomUUID(), model));
        unpricedColour.put("colourCode", "BLACK");
        quote(LI, unpricedColour).statusCode(400).body("errors[0].field", equalTo("colourCode"));
    }

    @Test
    void roleMatrix() {
        String model = Fixtures.model();
        given().get("/api/v1/quotes").then().statusCode(401);
        // the catalogue, prices and stock are the manager's
        as(LI).body(Map.of("code", "X1", "name", "x"))
                .post("/api/v1/catalogue/models")
                .then()
                .statusCode(403);
        as(LI).body(Map.of(
                        "name",
                        "x",
                        "validFrom",
                        "2026-01-01",
                        "items",
                        List.of(Map.of("modelCode", model, "kind", "TRIM", "code", "LUX", "price", "1.00"))))
                .post("/api/v1/catalogue/price-lists")
                .then()
                .statusCode(403);
        as(LI).body(Map.of("vin", Fixtures.vin(), "modelCode", model, "trimCode", "LUX", "colourCode", "PEARL"))
                .post("/api/v1/stock")
                .then()
                .statusCode(403);
        as(LI).get("/api/v1/stock?modelCode=" + model).then().statusCode(200);
        as(RECEPTION).get("/api/v1/catalogue/models/" + model).then().statusCode(200);
        as(RECEPTION)
                .body(Fixtures.simpleQuote(UUID.randomUUID(), model))
                .post("/api/v1/quotes")
                .then()
                .statusCode(403);
        as(Fixtures.GATEWAY).get("/api/v1/quotes").then().statusCode(403);
        as(TestTokens.as("hq.analyst").roles(Roles.HQ).sign())
                .get("/api/v1/orders")
                .then()
                .statusCode(403);

        // a consultant works with their own customers only
        UUID lead = UUID.randomUUID();
        String id = quote(LI, Fixtures.simpleQuote(lead, model))
                .statusCode(201)
                .extract()
                .path("id");
        as(CHEN).get("/api/v1/quotes/" + id).then().statusCode(404);
        as(CHEN).get("/api/v1/quotes?leadId=" + lead).then().statusCode(200).body("total", equalTo(0));
        quote(CHEN, Fixtures.simpleQuote(lead, model)).statusCode(404);
        as(CHEN).body(Map.of("quoteId", id, "depositAmount", "1000.00"))
                .post("/api/v1/orders")
                .then()
                .statusCode(404);
        as(MANAGER).get("/api/v1/quotes/" + id).then().statusCode(200);
        // another dealer sees nothing
        as(OTHER_MANAGER).get("/api/v1/quotes/" + id).then().statusCode(404);
        as(OTHER_MANAGER).get("/api/v1/catalogue/models/" + model).then().statusCode(404);
        quote(OTHER_MANAGER, Fixtures.simpleQuote(UUID.randomUUID(), model)).statusCode(400);
    }

    @Test
    void settingsAreTheDealersOwn() {
        String gz = TestTokens.of("liu.manager", "dealer-gz-03", Roles.MANAGER);
        as(gz).get("/api/v1/orders/settings")
                .then()
                .statusCode(200)
                .body("consultantDiscountLimitPercent", equalTo("5.00"));
        as(gz).body(Map.of("consultantDiscountLimitPercent", "2.50", "quoteValidityDays", 10, "deliveryLeadDays", 45))
                .put("/api/v1/orders/settings")
                .then()
                .statusCode(200)
                .body("consultantDiscountLimitPercent", equalTo("2.50"));
        as(gz).get("/api/v1/orders/settings").then().body("consultantDiscountLimitPercent", equalTo("2.50"));
        as(gz).body(Map.of("consultantDiscountLimitPercent", "250", "quoteValidityDays", 10, "deliveryLeadDays", 45))
                .put("/api/v1/orders/settings")
                .then()
                .statusCode(400);
        as(TestTokens.of("liu.consultant", "dealer-gz-03", Roles.CONSULTANT))
                .body(Map.of("consultantDiscountLimitPercent", "50", "quoteValidityDays", 10, "deliveryLeadDays", 45))
                .put("/api/v1/orders/settings")
                .then()
                .statusCode(403);
        as(MANAGER).get("/api/v1/orders/settings").then().body("consultantDiscountLimitPercent", equalTo("5.00"));
    }

    @Test
    void onlyTheListsValidOnTheDayPriceIt() {
        String model = Fixtures.model();
        LocalDate today = LocalDate.now();
        // an expired list and a future one, both starting later than the current list: neither applies today
        as(MANAGER)
                .body(Map.of(
                        "name",
                        "old promo",
                        "validFrom",
                        today.minusDays(1).toString(),
                        "validTo",
                        today.minusDays(1).toString(),
                        "items",
                        List.of(Map.of("modelCode", model, "kind", "TRIM", "code", "LUX", "price", "1.00"))))
                .post("/api/v1/catalogue/price-lists")
                .then()
                .statusCode(201);
        as(MANAGER)
                .body(Map.of(
                        "name",
                        "next year",
                        "validFrom",
                        today.plusDays(2).toString(),
                        "items",
                        List.of(Map.of("modelCode", model, "kind", "TRIM", "code", "LUX", "price", "210000.00"))))
                .post("/api/v1/catalogue/price-lists")
                .then()
                .statusCode(201);
        as(MANAGER)
                .body(Map.of(
                        "name",
                        "backwards",
                        "validFrom",
                        today.toString(),
                        "validTo",
                        today.minusDays(3).toString(),
                        "items",
                        List.of(Map.of("modelCode", model, "kind", "TRIM", "code", "LUX", "price", "1.00"))))
                .post("/api/v1/catalogue/price-lists")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("validTo"));

        quote(LI, Fixtures.simpleQuote(UUID.randomUUID(), model))
                .statusCode(201)
                .body("listPrice", equalTo("203000.00"));
        as(LI).get("/api/v1/catalogue/models/" + model + "/prices?date=" + today.plusDays(3))
                .then()
                .statusCode(200)
                .body("prices.find { it.code == 'LUX' }.price", equalTo("210000.00"))
                .body("prices.find { it.code == 'PEARL' }.price", equalTo("3000.00"));
        as(LI).get("/api/v1/catalogue/models/" + model + "/prices?date=someday")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("date"));
    }

    @Test
    void anExpiredQuoteCannotBeAccepted() {
        String model = Fixtures.model();
        Map<String, Object> body = new HashMap<>(Fixtures.simpleQuote(UUID.randomUUID(), model));
        body.put("validUntil", LocalDate.now().plusDays(1).toString());
        String id = quote(LI, body).statusCode(201).extract().path("id");
        try {
            MovableClock.advance(java.time.Duration.ofDays(3));
            as(LI).body(Map.of("quoteId", id, "depositAmount", "1000.00"))
                    .post("/api/v1/orders")
                    .then()
                    .statusCode(409)
                    .body("detail", containsString("expired"));
        } finally {
            MovableClock.reset();
        }
        body.put("validUntil", LocalDate.now().minusDays(2).toString());
        quote(LI, body).statusCode(400).body("errors[0].field", equalTo("validUntil"));
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyCreatesOnce() {
        String model = Fixtures.model();
        UUID lead = UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String first = as(LI).header("Idempotency-Key", key)
                .body(Fixtures.simpleQuote(lead, model))
                .post("/api/v1/quotes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(LI).header("Idempotency-Key", key)
                .body(Fixtures.simpleQuote(lead, model))
                .post("/api/v1/quotes")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        as(LI).get("/api/v1/quotes?leadId=" + lead).then().body("total", equalTo(1));
        as(LI).get("/api/v1/quotes?leadId=not-a-uuid")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("leadId"));
        as(LI).get("/api/v1/quotes?status=LOST").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }
}
