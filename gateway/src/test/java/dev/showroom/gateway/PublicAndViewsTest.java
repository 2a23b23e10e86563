package dev.showroom.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.showroom.platform.http.PublicFormRules;
import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Public endpoints, the merged OpenAPI and the composed views, against real stub services. */
@QuarkusTest
class PublicAndViewsTest {

    static final UpstreamStubs STUBS = UpstreamStubs.get();

    static RequestSpecification visitor() {
        return given().header("X-Forwarded-For", ProxyTest.randomAddress()).contentType("application/json");
    }

    static Map<String, Object> enquiry(Object consent) {
        java.util.HashMap<String, Object> form = new java.util.HashMap<>(Map.of(
                "dealerId",
                "dealer-sh-01",
                "name",
                "Wang Fang",
                "phone",
                "+86 138 0013 " + (1000 + new java.util.Random().nextInt(8999)),
                "modelOfInterest",
                "Aurora EV"));
        if (consent != null) {
            form.put("consent", consent);
        }
        return form;
    }

    /**
     * A service that answers with an error is not "not reachable": an operator reading the answer must be sent to the
     * service's failure, not to its network. Before, both answers below were 503 "aftersales-service is not
     * reachable".
     */
    @Test
    void aServiceThatAnsweredWithAnErrorIsNotCalledUnreachable() {
        visitor()
                .get("/public/surveys/" + UpstreamStubs.FAILING_SURVEY)
                .then()
                .statusCode(502)
                .contentType("application/problem+json")
                .body("type", equalTo("https://showroom.dev/problems/upstream-failed"))
                .body("detail", equalTo("aftersales-service failed to handle the request (500)"));
        visitor()
                .get("/public/surveys/" + UpstreamStubs.BUSY_SURVEY)
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "7")
                .body("detail", equalTo("aftersales-service is unavailable right now; try again shortly"));
        // and the circuit's count of failures is reset by the next good answer, for the other tests
        visitor()
                .get("/public/surveys/" + UUID.randomUUID().toString().replace("-", ""))
                .then()
                .statusCode(200);
    }

    @Test
    void enquiryWithoutConsentIs400AtTheGateway() {
        int before = STUBS.received("lead-service").size();
        visitor()
                .body(enquiry(null))
                .post("/public/enquiries")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("consent"));
        visitor()
                .body(enquiry(false))
                .post("/public/enquiries")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("consent"))
                .body("errors.rule", hasItem("assertTrue"));
        visitor()
                .body(Map.of("consent", true))
                .post("/public/test-drive-requests")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("dealerId"))
                .body("errors.field", hasItem("phone"))
                .body("errors.field", hasItem("modelOfInterest"));
        assertEquals(before, STUBS.received("lead-service").size(), "invalid forms never reach the service");
    }

    @Test
    void thePublicFormsRefuseWhatLeadServiceRefusesBeforeAskingIt() {
        int before = STUBS.received("lead-service").size();
        Map<String, Object> longMessage = enquiry(true);
        longMessage.put("message", "m".repeat(PublicFormRules.MESSAGE_MAX + 1));
        visitor()
                .body(longMessage)
                .post("/public/enquiries")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("message"))
                .body("errors.rule", contains("size"));
        Map<String, Object> reserved = enquiry(true);
        reserved.put("dealerId", "-");
        visitor()
                .body(reserved)
                .post("/public/test-drive-requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("dealerId"))
                .body("errors.rule", contains("pattern"));
        assertEquals(before, STUBS.received("lead-service").size(), "refused forms never reach the service");

        // the longest message lead-service takes, and dealer ids with a dash in them, still go through
        Map<String, Object> longest = enquiry(true);
        longest.put("message", "m".repeat(PublicFormRules.MESSAGE_MAX));
        visitor().body(longest).post("/public/enquiries").then().statusCode(201);
        assertEquals(
                PublicFormRules.MESSAGE_MAX,
                JsonPath.from(STUBS.last("lead-service", "/api/v1/public/enquiries")
                                .body())
                        .getString("message")
                        .length());
    }

    @Test
    void enquiryAndTestDriveRequestReachLeadServiceWithTheServiceToken() {
        visitor()
                .body(enquiry(true))
                .post("/public/enquiries")
                .then()
                .statusCode(201)
                .body("reference", equalTo("ENQ-7F3A"))
                .body("$", not(hasKey("phone")))
                .body("$", not(hasKey("leadId")));
        UpstreamStubs.Received received = STUBS.last("lead-service", "/api/v1/public/enquiries");
        JsonPath sent = JsonPath.from(received.body());
        assertEquals("ENQUIRY", sent.getString("kind"));
        assertEquals("dealer-sh-01", sent.getString("dealerId"));
        assertEquals(true, sent.getBoolean("consent"));
        String bearer = received.headers().get("Authorization");
        assertTrue(
                STUBS.issuedTokens().stream().anyMatch(t -> bearer.equals("Bearer " + t)),
                "the gateway's client-credentials token is used");
        UpstreamStubs.Received tokenRequest = STUBS.tokenRequests().get(0);
        assertTrue(tokenRequest.body().contains("grant_type=client_credentials"), tokenRequest.body());

        Map<String, Object> request = enquiry(true);
        request.put("preferredDate", "2026-12-05");
        visitor().body(request).post("/public/test-drive-requests").then().statusCode(201);
        sent = JsonPath.from(
                STUBS.last("lead-service", "/api/v1/public/enquiries").body());
        assertEquals("TEST_DRIVE_REQUEST", sent.getString("kind"));
        assertEquals("2026-12-05", sent.getString("preferredDate"));
    }

    @Test
    void whereIsMyCarAnswersAWrongNumberAndAWrongPhoneAlike() {
        visitor()
                .body(Map.of("orderNumber", UpstreamStubs.ORDER_NUMBER, "phoneLast4", UpstreamStubs.ORDER_PHONE_LAST4))
                .post("/public/order-status")
                .then()
                .statusCode(200)
                .body("status", equalTo("ALLOCATED"))
                .body("expectedDeliveryDate", equalTo("2026-12-01"))
                .body("$", not(hasKey("customerName")));
        JsonPath wrongNumber = visitor()
                .body(Map.of("orderNumber", "SO-0000-9999", "phoneLast4", "4321"))
                .post("/public/order-status")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        JsonPath wrongPhone = visitor()
                .body(Map.of("orderNumber", UpstreamStubs.ORDER_NUMBER, "phoneLast4", "0000"))
                .post("/public/order-status")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .extract()
                .jsonPath();
        for (String field : new String[] {"type", "title", "status", "detail", "instance"}) {
            Object byNumber = wrongNumber.get(field);
            Object byPhone = wrongPhone.get(field);
            assertNotNull(byNumber, field);
            assertEquals(byNumber, byPhone, field);
        }
        visitor()
                .body(Map.of("orderNumber", UpstreamStubs.ORDER_NUMBER, "phoneLast4", "43"))
                .post("/public/order-status")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("phoneLast4"));
    }

    @Test
    void aDealersModelsForItsWebsiteFormsWithTheServiceToken() {
        visitor()
                .get("/public/models?dealer=dealer-sh-01")
                .then()
                .statusCode(200)
                .body("code", hasItem("AUR"))
                .body("name", hasItem("Aurora"));
        UpstreamStubs.Received received = STUBS.last("order-service", "/api/v1/public/models");
        assertEquals("/api/v1/public/models?dealerId=dealer-sh-01", received.uri());
        String bearer = received.headers().get("Authorization");
        assertTrue(
                STUBS.issuedTokens().stream().anyMatch(t -> bearer.equals("Bearer " + t)),
                "the gateway's client-credentials token is used");
        // the dealer goes into the service's query string: nothing but a dealer id passes
        visitor()
                .get("/public/models?dealer=x%26dealerId%3Dother")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("dealer"));
        visitor().get("/public/models").then().statusCode(400);
    }

    @Test
    void aLockedOrderNumberIs429WithRetryAfterNotA404() {
        visitor()
                .body(Map.of("orderNumber", UpstreamStubs.LOCKED_ORDER_NUMBER, "phoneLast4", "1234"))
                .post("/public/order-status")
                .then()
                .statusCode(429)
                .header("Retry-After", equalTo("840"));
    }

    @Test
    void surveyLinkIsPassedToAftersales() {
        String token = "link" + UUID.randomUUID().toString().replace("-", "");
        visitor().get("/public/surveys/" + token).then().statusCode(200).body("questions.size()", equalTo(1));
        visitor()
                .body(Map.of("answers", Map.of("nps", 9)))
                .post("/public/surveys/" + token + "/answers")
                .then()
                .statusCode(200);
        UpstreamStubs.Received answers =
                STUBS.last("aftersales-service", "/api/v1/public/surveys/" + token + "/answers");
        assertNotNull(answers);
        assertEquals(9, JsonPath.from(answers.body()).getInt("answers.nps"));
    }

    @Test
    void theMessageWebhookIsPassedOnByteForByteWithItsSignatureAndTheOptOutLinkToo() {
        // spacing kept: the provider's HMAC is of these very bytes
        String body = "{\"type\": \"REPLY\",  \"from\":\"+8613900000000\",\"text\":\"STOP\"}";
        visitor()
                .header("X-Showroom-Signature", "sha256=abc")
                .body(body)
                .post("/public/messages/inbound")
                .then()
                .statusCode(200);
        UpstreamStubs.Received inbound = STUBS.last("aftersales-service", "/api/v1/public/messages/inbound");
        assertNotNull(inbound);
        assertEquals(body, inbound.body());
        assertEquals("sha256=abc", inbound.headers().get("X-Showroom-Signature"));
        String token = "ZGVhbGVyLXNoLTAx" + "." + "c2lnbmF0dXJl";
        visitor()
                .body(Map.of("token", token))
                .post("/public/message-opt-outs")
                .then()
                .statusCode(200);
        UpstreamStubs.Received optOut = STUBS.last("aftersales-service", "/api/v1/public/message-opt-outs");
        assertNotNull(optOut);
        assertEquals(token, JsonPath.from(optOut.body()).getString("token"));
        visitor()
                .body(Map.of("token", "<script>"))
                .post("/public/message-opt-outs")
                .then()
                .statusCode(400);
    }

    @Test
    void publicEndpointsAreRateLimitedPerClientAddress() {
        String address = ProxyTest.randomAddress();
        Map<String, String> query = Map.of("orderNumber", "SO-1", "phoneLast4", "1111");
        for (int i = 0; i < GatewayTestResources.PUBLIC_REQUESTS; i++) {
            given().header("X-Forwarded-For", address)
                    .contentType("application/json")
                    .body(query)
                    .post("/public/order-status")
                    .then()
                    .statusCode(404);
        }
        String retryAfter = given().header("X-Forwarded-For", address)
                .contentType("application/json")
                .body(query)
                .post("/public/order-status")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .extract()
                .header("Retry-After");
        assertTrue(Integer.parseInt(retryAfter) >= 1);
        // another address is not affected
        visitor().body(query).post("/public/order-status").then().statusCode(404);
    }

    @Test
    void oneOpenApiDocumentHoldsEveryServiceAndTheGatewaysOwnPaths() {
        JsonPath doc =
                given().get("/openapi.json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = doc.getMap("paths");
        for (String path : new String[] {
            "/api/v1/leads",
            "/api/v1/visits",
            "/api/v1/orders",
            "/api/v1/complaints",
            "/public/enquiries",
            "/public/order-status",
            "/public/surveys/{token}",
            "/api/v1/customers/{leadId}/360",
            "/api/v1/dashboard"
        }) {
            assertTrue(paths.containsKey(path), "merged document lacks " + path + ": " + paths.keySet());
        }
        Map<String, Object> schemas = doc.getMap("components.schemas");
        assertTrue(schemas.containsKey("order_service_Thing") && schemas.containsKey("lead_service_Thing"));
        assertEquals(null, (Object) doc.get("x-showroom-missing"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void customer360IsPartialAndFlaggedWhenAServiceIsDown() {
        String token = TestTokens.of("li.wei", "dealer-sh-01", Roles.CONSULTANT);
        String leadId = UUID.randomUUID().toString();
        given().auth()
                .oauth2(token)
                .get("/api/v1/customers/" + leadId + "/360")
                .then()
                .statusCode(200)
                .body("lead.id", equalTo(leadId))
                .body("gaps", empty())
                .body("orders.items[0].from", equalTo("order-service"))
                .body("$", hasKey("salesFollowUps"))
                .body("$", hasKey("contacts"))
                // the lead's objections and its defeats with the manager's review (lead-service)
                .body("objections.id", equalTo(leadId + "/objections"))
                .body("defeats.uri", equalTo("/api/v1/defeats?leadId=" + leadId + "&sort=-defeatedAt&size=100"))
                .body("needsAnalyses.items[0].from", equalTo("visit-service"))
                // step 5: the presentations recorded for the customer
                .body("presentations.items[0].from", equalTo("visit-service"));
        assertEquals(
                "Bearer " + token,
                STUBS.last("visit-service", "/api/v1/test-drives?leadId=" + leadId)
                        .headers()
                        .get("Authorization"),
                "the caller's own token goes to each service");

        STUBS.stop("order-service");
        try {
            String other = UUID.randomUUID().toString();
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/customers/" + other + "/360")
                    .then()
                    .statusCode(200)
                    .body("lead.name", equalTo("Zhang Wei"))
                    .body("visits.items[0].from", equalTo("visit-service"))
                    .body("followUps.items[0].from", equalTo("aftersales-service"))
                    .body("quotes", nullValue())
                    .body("orders", nullValue())
                    .body("gaps", contains("order-service"));
        } finally {
            STUBS.start("order-service");
        }
        given().auth()
                .oauth2(token)
                .get("/api/v1/customers/" + UpstreamStubs.MISSING_LEAD + "/360")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/v1/customers/" + leadId + "/360").then().statusCode(401);
    }

    @Test
    void customer360AsksOnlyTheServicesOfTheSectionsAskedFor() {
        String token = TestTokens.of("li.wei", "dealer-sh-01", Roles.CONSULTANT);
        String leadId = UUID.randomUUID().toString();
        given().auth()
                .oauth2(token)
                .queryParam("sections", "visits, quotes")
                .get("/api/v1/customers/" + leadId + "/360")
                .then()
                .statusCode(200)
                .body("lead.id", equalTo(leadId))
                .body("visits.items[0].from", equalTo("visit-service"))
                .body("quotes.items[0].from", equalTo("order-service"))
                .body("$", not(hasKey("orders")))
                .body("$", not(hasKey("followUps")))
                .body("$", not(hasKey("testDrives")));
        assertTrue(
                STUBS.received("aftersales-service").stream()
                        .noneMatch(r -> r.uri().contains(leadId)),
                "after-sales was asked for sections nobody wanted");
        given().auth()
                .oauth2(token)
                .queryParam("sections", "visits,secrets")
                .get("/api/v1/customers/" + leadId + "/360")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("sections"));
    }

    @Test
    void aReceptionistsCustomer360HoldsOnlyTheSectionsOfTheirRole() {
        String token = TestTokens.of("zhao.reception", "dealer-sh-01", Roles.RECEPTIONIST);
        String leadId = UUID.randomUUID().toString();
        given().auth()
                .oauth2(token)
                .get("/api/v1/customers/" + leadId + "/360")
                .then()
                .statusCode(200)
                .body("lead.id", equalTo(leadId))
                .body("visits.items[0].from", equalTo("visit-service"))
                .body("$", hasKey("testDrives"))
                .body("$", hasKey("appointments"))
                .body("$", not(hasKey("quotes")))
                .body("$", not(hasKey("orders")))
                .body("$", not(hasKey("followUps")))
                .body("$", not(hasKey("surveys")))
                .body("$", not(hasKey("complaints")))
                .body("$", not(hasKey("contacts")))
                .body("$", not(hasKey("salesFollowUps")))
                .body("$", not(hasKey("needsAnalyses")))
                .body("$", not(hasKey("presentations")))
                .body("$", not(hasKey("objections")))
                .body("$", not(hasKey("defeats")))
                .body("refused", nullValue());
        // the services of the other sections were not even asked
        for (String service : new String[] {"order-service", "aftersales-service"}) {
            assertTrue(
                    STUBS.received(service).stream().noneMatch(r -> r.uri().contains(leadId)),
                    service + " was asked for a receptionist's 360");
        }
    }

    @Test
    void dashboardIsForManagersOfTheirDealer() {
        String manager = TestTokens.of("chen.jing", "dealer-bj-02", Roles.MANAGER);
        // "today" is the dealer's, in its profile's time zone (before: one zone, Shanghai's, for every dealer)
        String today = java.time.LocalDate.now(java.time.ZoneId.of(UpstreamStubs.DEALER_ZONE))
                .toString();
        given().auth()
                .oauth2(manager)
                .get("/api/v1/dashboard")
                .then()
                .statusCode(200)
                .body("dealerId", equalTo("dealer-bj-02"))
                .body("date", equalTo(today))
                .body("todaysAppointments.uri", equalTo("/api/v1/appointments?date=" + today))
                .body("funnel.service", equalTo("lead-service"))
                .body("satisfaction.service", equalTo("aftersales-service"))
                .body("overdueLeadFollowUps.uri", equalTo("/api/v1/leads/overdue"))
                .body("openComplaints.uri", equalTo("/api/v1/complaints?status=OPEN"))
                .body("todaysTestDrives.uri", org.hamcrest.Matchers.startsWith("/api/v1/test-drives?date="))
                // the showroom's traffic of the last 30 days up to the dealer's today (visit-service)
                .body("traffic.uri", equalTo("/api/v1/visits/traffic?to=" + today))
                // the defeats waiting for the manager's review, the objections still open (lead-service)
                .body("defeatsToReview.uri", equalTo("/api/v1/defeats?review=PENDING&size=100"))
                .body("openObjections.uri", equalTo("/api/v1/funnel/objections/open"))
                .body("gaps", empty());
        given().auth()
                .oauth2(TestTokens.of("li.wei", "dealer-bj-02", Roles.CONSULTANT))
                .get("/api/v1/dashboard")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }
}
