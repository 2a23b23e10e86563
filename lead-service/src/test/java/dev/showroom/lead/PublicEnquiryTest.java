package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Item 1 of the hardening review: the anonymous form can no longer change a known person. */
@QuarkusTest
class PublicEnquiryTest {

    static final String GATEWAY = TestTokens.as("gateway").roles(Roles.SERVICE).sign();

    static Map<String, Object> form(String dealer, String phone) {
        return new HashMap<>(Map.of(
                "dealerId",
                dealer,
                "name",
                "Web Visitor",
                "phone",
                phone,
                "kind",
                "ENQUIRY",
                "email",
                "visitor@example.com",
                "modelOfInterest",
                "Model Y",
                "message",
                "Call me",
                "consent",
                true));
    }

    static ValidatableResponse enquire(Map<String, Object> form) {
        return given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body(form)
                .post("/api/v1/public/enquiries")
                .then();
    }

    static List<Map<String, Object>> pending(String token, String leadId) {
        return given()
                .auth()
                .oauth2(token)
                .queryParam("size", 100)
                .get("/api/v1/leads/contact-requests")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .<Map<String, Object>>getList("items")
                .stream()
                .filter(r -> leadId.equals(r.get("leadId")))
                .toList();
    }

    @Test
    void anEnquiryWithAKnownPhoneChangesNothingAndWaitsForStaff() {
        String phone = mobile();
        String id = create(
                        MANAGER,
                        Map.of(
                                "name",
                                "Known Customer",
                                "phone",
                                phone,
                                "channel",
                                "WALK_IN",
                                "consultantId",
                                "li.wei"))
                .statusCode(201)
                .extract()
                .path("id");

        enquire(form(DEALER, phone))
                .statusCode(201)
                .body("reference", startsWith("ENQ-"))
                .body("size()", equalTo(1));

        // no forged consent, no e-mail filled in, no model changed
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .body("consentContact", equalTo(false))
                .body("consentAt", nullValue())
                .body("email", nullValue())
                .body("modelOfInterest", nullValue());
        List<Map<String, Object>> requests = pending(MANAGER, id);
        assertEquals(1, requests.size());
        Map<String, Object> request = requests.get(0);
        assertEquals("visitor@example.com", request.get("email"));
        assertEquals("Call me", request.get("note"));
        assertEquals(true, request.get("consentOffered"));
        assertEquals("PENDING", request.get("status"));
        String requestId = (String) request.get("id");

        // the lead's own consultant sees it; another consultant and a receptionist do not
        assertEquals(1, pending(consultant("li.wei"), id).size());
        assertEquals(0, pending(consultant("zhang.min"), id).size());
        given().auth()
                .oauth2(RECEPTION)
                .get("/api/v1/leads/contact-requests")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(consultant("zhang.min"))
                .post("/api/v1/leads/contact-requests/" + requestId + "/confirmation")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.of("manager.bj", OTHER_DEALER, Roles.MANAGER))
                .post("/api/v1/leads/contact-requests/" + requestId + "/confirmation")
                .then()
                .statusCode(404);

        // confirming applies the contact details, never the consent
        given().auth()
                .oauth2(consultant("li.wei"))
                .post("/api/v1/leads/contact-requests/" + requestId + "/confirmation")
                .then()
                .statusCode(200)
                .body("status", equalTo("CONFIRMED"))
                .body("decidedBy", equalTo("li.wei"));
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + id)
                .then()
                .body("email", equalTo("visitor@example.com"))
                .body("modelOfInterest", equalTo("Model Y"))
                .body("consentContact", equalTo(false));
        given().auth()
                .oauth2(MANAGER)
                .post("/api/v1/leads/contact-requests/" + requestId + "/dismissal")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        assertEquals(0, pending(MANAGER, id).size());
    }

    @Test
    void aDismissedRequestChangesNothing() {
        String phone = mobile();
        String id = createLead(MANAGER, "Known Customer", phone, "PHONE");
        enquire(form(DEALER, phone)).statusCode(201);
        String requestId = (String) pending(MANAGER, id).get(0).get("id");
        given().auth()
                .oauth2(MANAGER)
                .post("/api/v1/leads/contact-requests/" + requestId + "/dismissal")
                .then()
                .statusCode(200)
                .body("status", equalTo("DISMISSED"));
        given().auth().oauth2(MANAGER).get("/api/v1/leads/" + id).then().body("email", nullValue());
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + id + "/contacts")
                .then()
                .body("items.status", hasItem("DISMISSED"));
    }

    @Test
    void contactsFromTheFormAreCappedPerLeadAndDay() {
        String phone = mobile();
        String id = createLead(MANAGER, "Popular Person", phone, "WALK_IN");
        for (int i = 0; i < 8; i++) {
            // the answer is the same whether recorded or absorbed: nothing tells the visitor the phone is known
            enquire(form(DEALER, phone)).statusCode(201).body("reference", startsWith("ENQ-"));
        }
        // the staff capture and four from the form: five rows today
        assertEquals(
                5,
                given().auth()
                        .oauth2(MANAGER)
                        .get("/api/v1/leads/" + id + "/contacts")
                        .then()
                        .extract()
                        .jsonPath()
                        .getInt("total"));
        assertEquals(4, pending(MANAGER, id).size());
    }

    @Test
    void aNewPersonFromTheFormBecomesALeadWithTheirOwnConsent() {
        String phone = mobile();
        enquire(form(DEALER, phone)).statusCode(201);
        given().auth()
                .oauth2(MANAGER)
                .queryParam("q", phone)
                .get("/api/v1/leads")
                .then()
                .body("total", equalTo(1))
                .body("items[0].consentContact", equalTo(true))
                .body("items[0].email", equalTo("visitor@example.com"));
    }

    @Test
    void onlyDealersThatExistTakeEnquiries() {
        // the reserved no-dealer tenant and an unknown id answer alike
        java.util.Set<String> details = new java.util.HashSet<>();
        for (String dealer : List.of("dealer-nowhere", "-", " - ")) {
            details.add(enquire(form(dealer, mobile()))
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("dealerId"))
                    .body("errors[0].rule", equalTo("knownDealer"))
                    .extract()
                    .path("detail"));
        }
        assertEquals(1, details.size());
        enquire(form(OTHER_DEALER, mobile())).statusCode(201);
    }

    @Test
    void theFreeNoteIsBounded() {
        Map<String, Object> form = form(DEALER, mobile());
        form.put("message", "x".repeat(1001));
        enquire(form)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("message"));
        form.put("message", "x".repeat(1000));
        form.put("preferredDate", "2026-12-24");
        enquire(form).statusCode(201);
    }
}
