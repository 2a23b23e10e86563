package dev.showroom.order;

import static io.restassured.RestAssured.given;

import dev.showroom.order.stock.Vin;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Tokens and a known data set. Each test makes its own model (random code), so tests sharing the one
 * database never see each other's stock or prices. Prices: trim LUX 200000.00, STD 150000.00; colour PEARL
 * 3000.00, WHITE 0.00; options PANO 8000.00, TOW 2500.00.
 */
public final class Fixtures {

    public static final String DEALER = "dealer-sh-01";
    public static final String OTHER_DEALER = "dealer-bj-02";
    public static final String MANAGER = TestTokens.of("zhang.manager", DEALER, Roles.MANAGER);
    public static final String OTHER_MANAGER = TestTokens.of("wang.manager", OTHER_DEALER, Roles.MANAGER);
    public static final String RECEPTION = TestTokens.of("zhao.reception", DEALER, Roles.RECEPTIONIST);
    public static final String GATEWAY =
            TestTokens.as("gateway").roles(Roles.SERVICE).sign();

    private Fixtures() {}

    public static String consultant(String id) {
        return TestTokens.of(id, DEALER, Roles.CONSULTANT);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** An update that requires If-Match (decideQuote): as {@code as}, with the ETag of {@code path} as read now. */
    public static RequestSpecification updating(String token, String path) {
        return as(token)
                .header(
                        "If-Match",
                        as(token).get(path).then().statusCode(200).extract().header("ETag"));
    }

    /** A new model with trims, colours, options and a price list valid since yesterday; returns its code. */
    public static String model() {
        String code = "M" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        as(MANAGER)
                .body(Map.of(
                        "code",
                        code,
                        "name",
                        "Aurora " + code,
                        "trims",
                        List.of(Map.of("code", "LUX", "name", "Luxury"), Map.of("code", "STD", "name", "Standard")),
                        "colours",
                        List.of(
                                Map.of("code", "PEARL", "name", "Pearl white"),
                                Map.of("code", "WHITE", "name", "White")),
                        "options",
                        List.of(
                                Map.of("code", "PANO", "name", "Panoramic roof"),
                                Map.of("code", "TOW", "name", "Tow bar"))))
                .post("/api/v1/catalogue/models")
                .then()
                .statusCode(201);
        priceList(code, LocalDate.now().minusDays(1), "200000.00");
        return code;
    }

    public static String priceList(String model, LocalDate from, String luxPrice) {
        return as(MANAGER)
                .body(Map.of(
                        "name",
                        "List " + model + " " + from,
                        "validFrom",
                        from.toString(),
                        "items",
                        List.of(
                                item(model, "TRIM", "LUX", luxPrice),
                                item(model, "TRIM", "STD", "150000.00"),
                                item(model, "COLOUR", "PEARL", "3000.00"),
                                item(model, "COLOUR", "WHITE", "0.00"),
                                item(model, "OPTION", "PANO", "8000.00"),
                                item(model, "OPTION", "TOW", "2500.00"))))
                .post("/api/v1/catalogue/price-lists")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> item(String model, String kind, String code, String price) {
        return Map.of("modelCode", model, "kind", kind, "code", code, "price", price);
    }

    /** The LUX/PEARL/PANO+TOW quote of the known data set: list 213500.00, total 178321.50. */
    public static Map<String, Object> knownQuote(UUID leadId, String model) {
        return Map.of(
                "leadId",
                leadId.toString(),
                "modelCode",
                model,
                "trimCode",
                "LUX",
                "colourCode",
                "PEARL",
                "optionCodes",
                List.of("TOW", "PANO"),
                "discount",
                "10000.00",
                "tradeIn",
                Map.of("description", "2016 sedan", "appraisedValue", "30000.00"),
                "fees",
                List.of(
                        Map.of("name", "Registration", "amount", "500.00"),
                        Map.of("name", "Insurance", "amount", "4321.50")),
                "financing",
                Map.of("downPayment", "50000.00", "termMonths", 36, "annualRatePercent", "4.80"));
    }

    /** A plain quote without discount: list and total 200000.00 + 3000.00. */
    public static Map<String, Object> simpleQuote(UUID leadId, String model) {
        return Map.of("leadId", leadId.toString(), "modelCode", model, "trimCode", "LUX", "colourCode", "PEARL");
    }

    public static ValidatableResponse quote(String token, Map<String, Object> body) {
        return as(token).body(body).post("/api/v1/quotes").then();
    }

    /** A valid VIN (random, with its check digit computed). */
    public static String vin() {
        String alphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
        Random random = ThreadLocalRandom.current();
        StringBuilder b = new StringBuilder("LSV");
        while (b.length() < 17) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        b.setCharAt(8, '0');
        b.setCharAt(8, Vin.checkDigit(b.toString()));
        return b.toString();
    }

    public static String addCar(String model, String trim, String colour, List<String> options) {
        String vin = vin();
        as(MANAGER)
                .body(Map.of(
                        "vin", vin, "modelCode", model, "trimCode", trim, "colourCode", colour, "optionCodes", options))
                .post("/api/v1/stock")
                .then()
                .statusCode(201);
        return vin;
    }

    /** A random Chinese mobile in E.164. */
    public static String phone() {
        return "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** Announces a lead as lead-service would (lead.created, ids only, and lead.contact); returns the lead id. */
    public static UUID lead(String name, String phone, String consultantId) {
        UUID leadId = UUID.randomUUID();
        TestEvents.send(
                "lead.created",
                leadId.toString(),
                "{\"leadId\":\"" + leadId + "\",\"dealerId\":\"" + DEALER
                        + "\",\"channel\":\"WALK_IN\",\"consultantId\":\"" + consultantId
                        + "\",\"createdAt\":\"2026-01-05T08:00:00Z\"}");
        contact(leadId, name, phone);
        return leadId;
    }

    /** The lead's contact on the compacted lead.contact, as lead-service writes it; returns its ce_id. */
    public static String contact(UUID leadId, String name, String phone) {
        return contact(leadId, DEALER, name, phone);
    }

    public static String contact(UUID leadId, String dealer, String name, String phone) {
        return TestEvents.send(
                "lead.contact",
                leadId.toString(),
                "{\"leadId\":\"" + leadId + "\",\"dealerId\":\""
                        + dealer + "\",\"name\":\"" + name + "\",\"phone\":\"" + phone + "\",\"updatedAt\":\""
                        + java.time.Instant.now() + "\"}");
    }
}
