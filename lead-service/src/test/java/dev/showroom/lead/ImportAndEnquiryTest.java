package dev.showroom.lead;

import static dev.showroom.lead.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.platform.http.Roles;
import dev.showroom.testing.EventContract;
import dev.showroom.testing.TestEvents;
import dev.showroom.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportAndEnquiryTest {

    static final String GATEWAY = TestTokens.as("gateway").roles(Roles.SERVICE).sign();

    @Test
    void anAdfFileImportsItsGoodProspectsAndReportsEachBadOne() {
        String known = mobile();
        String knownId = createLead(MANAGER, "Known Buyer", known, "WALK_IN");
        String fresh = mobile();
        String adf = """
                <?xml version="1.0" encoding="UTF-8"?>
                <?adf version="1.0"?>
                <adf>
                  <prospect>
                    <requestdate>2026-11-20T10:00:00+08:00</requestdate>
                    <vehicle interest="buy" status="new"><year>2026</year><make>Showroom</make><model>Model S</model></vehicle>
                    <customer><contact><name part="full">Guo Jing</name><phone type="voice">%s</phone>
                      <email>guo@example.com</email></contact><comments>Call after 6pm</comments></customer>
                    <vendor><vendorname>Shanghai Showroom</vendorname></vendor>
                    <provider><name part="full">AutoPortal</name></provider>
                  </prospect>
                  <prospect>
                    <customer><contact><name part="first">Known</name><name part="last">Buyer</name>
                      <phone>+86 %s</phone></contact></customer>
                  </prospect>
                  <prospect>
                    <customer><contact><name part="full">Bad Phone</name><phone>12</phone></contact></customer>
                  </prospect>
                  <prospect><vehicle><model>X</model></vehicle></prospect>
                </adf>
                """.formatted(fresh, known);
        var report = given().auth()
                .oauth2(MANAGER)
                .contentType("application/xml")
                .body(adf)
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(200)
                .body("format", equalTo("ADF"))
                .body("total", equalTo(4))
                .body("created", equalTo(1))
                .body("merged", equalTo(1))
                .body("rejected", equalTo(2))
                .body("records[1].leadId", equalTo(knownId))
                .body("records[1].outcome", equalTo("MERGED"))
                .body("records[2].reason", startsWith("phone:"))
                .body("records[3].reason", containsString("contact"))
                .extract();
        String id = report.path("records[0].leadId");
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + id)
                .then()
                .statusCode(200)
                .body("name", equalTo("Guo Jing"))
                .body("channel", equalTo("ONLINE"))
                .body("sourceDetail", equalTo("AutoPortal"))
                .body("modelOfInterest", equalTo("Showroom Model S"))
                .body("phone", equalTo(e164(fresh)));
        EventContract.assertValid(TestEvents.await("lead.created", r -> id.equals(r.key())));
    }

    /**
     * The ADF 1.0 specification's own example writes its prolog {@code <?ADF VERSION "1.0"?>} before {@code <?XML
     * VERSION "1.0"?>}, which a strict parser refuses; providers send it so. A phone with its country code stays in
     * that country; one without is read in the dealer's region (its profile: CN).
     */
    @Test
    void anAdfFileWithTheSpecificationsPrologImportsAndPhonesKeepTheirCountry() {
        String local = mobile();
        String adf = """
                <?ADF VERSION "1.0"?>
                <?XML VERSION "1.0"?>
                <adf>
                 <prospect>
                  <requestdate>2026-11-20T10:00:00+08:00</requestdate>
                  <vehicle><year>2026</year><make>Showroom</make><model>Aurora S</model></vehicle>
                  <customer><contact><name part="full">Spec Prolog</name>
                   <phone type="fax">021 5555 0000</phone><phone type="cellphone">%s</phone></contact></customer>
                  <vendor><contact><name part="full">Shanghai Showroom</name></contact></vendor>
                 </prospect>
                 <?ADF VERSION "1.0"?>
                 <prospect>
                  <customer><contact><name part="full">Visiting Engineer</name><phone>+1 650 253 0000</phone></contact></customer>
                 </prospect>
                </adf>
                """.formatted(local);
        var report = given().auth()
                .oauth2(MANAGER)
                .contentType("application/xml")
                .body(adf)
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("rejected", equalTo(0))
                .extract();
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + report.path("records[0].leadId"))
                .then()
                .body("name", equalTo("Spec Prolog"))
                .body("phone", equalTo(e164(local)));
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + report.path("records[1].leadId"))
                .then()
                .body("phone", equalTo("+16502530000"));
    }

    @Test
    void aMalformedOrHostileXmlFileIsRejectedWhole() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE adf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <adf><prospect><customer><contact><name>&xxe;</name><phone>13912345678</phone></contact></customer></prospect></adf>
                """;
        given().auth()
                .oauth2(MANAGER)
                .contentType("application/xml")
                .body(xxe)
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].rule", equalTo("malformed"))
                .body("detail", not(containsString("root:")));
        // behind the specification's prolog the document type is still refused
        given().auth()
                .oauth2(MANAGER)
                .contentType("application/xml")
                .body("<?ADF VERSION \"1.0\"?>\n<?XML VERSION \"1.0\"?>\n" + xxe.substring(xxe.indexOf("<!DOCTYPE")))
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].rule", equalTo("malformed"))
                .body("detail", not(containsString("root:")));
        given().auth()
                .oauth2(MANAGER)
                .contentType("application/xml")
                .body("<adf><prospect>")
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(MANAGER)
                .contentType("application/xml")
                .body("<leads/>")
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(consultant("li.wei"))
                .contentType("application/xml")
                .body("<adf/>")
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(403);
    }

    @Test
    void aCsvFileImportsRowByRow() {
        String a = mobile();
        String csv = "name,phone,email,channel,source_detail,model_of_interest\r\n"
                + "\"Huang, Rong\",+86 " + a
                + ",huang@example.com,MARKETING_EVENT,\"Autumn \"\"Drive\"\" Day\",Model Y\r\n"
                + "Too,Few\r\n"
                + "Odd Channel," + mobile() + ",,PIGEON,,\r\n"
                + "Huang R.," + a + ",,,,\r\n";
        var report = given().auth()
                .oauth2(MANAGER)
                .contentType("text/csv")
                .body(csv)
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("created", equalTo(1))
                .body("merged", equalTo(1))
                .body("rejected", equalTo(2))
                .body("records[1].reason", containsString("expected 6 fields"))
                .body("records[2].reason", containsString("channel"))
                .extract();
        String id = report.path("records[0].leadId");
        assertEquals(id, report.path("records[3].leadId"));
        given().auth()
                .oauth2(MANAGER)
                .get("/api/v1/leads/" + id)
                .then()
                .body("name", equalTo("Huang, Rong"))
                .body("sourceDetail", equalTo("Autumn \"Drive\" Day"))
                .body("channel", equalTo("MARKETING_EVENT"));
        given().auth()
                .oauth2(MANAGER)
                .contentType("text/csv")
                .body("name,phone\n\"Open quote," + mobile() + "\n")
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(MANAGER)
                .contentType("text/csv")
                .body("who,what\nx,y\n")
                .post("/api/v1/lead-imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void thePublicEnquiryNeedsConsentAndNeverEchoesData() {
        String phone = mobile();
        Map<String, Object> body = new HashMap<>(Map.of(
                "dealerId",
                DEALER,
                "name",
                "Web Visitor",
                "phone",
                phone,
                "kind",
                "TEST_DRIVE_REQUEST",
                "modelOfInterest",
                "Model 3",
                "preferredDate",
                "2026-12-01"));
        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/public/enquiries")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("consent"));
        body.put("consent", false);
        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/public/enquiries")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("consent"));
        body.put("consent", true);
        body.put("phone", "not-a-phone");
        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/public/enquiries")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("phone"));
        body.put("phone", phone);
        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/public/enquiries")
                .then()
                .statusCode(201)
                .body("reference", startsWith("ENQ-"))
                .body("size()", equalTo(1));
        body.put("name", "Someone Else");
        given().auth()
                .oauth2(GATEWAY)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/public/enquiries")
                .then()
                .statusCode(201)
                .body("reference", startsWith("ENQ-"))
                .body("size()", equalTo(1));
        var found = given().auth()
                .oauth2(MANAGER)
                .queryParam("q", phone)
                .get("/api/v1/leads")
                .then()
                .body("total", equalTo(1))
                .body("items[0].channel", equalTo("ONLINE"))
                .body("items[0].consentContact", equalTo(true))
                .body("items[0].sourceDetail", equalTo("TEST_DRIVE_REQUEST"))
                .extract();
        String id = found.path("items[0].id");
        EventContract.assertValid(TestEvents.await("lead.created", r -> id.equals(r.key())));
        given().auth()
                .oauth2(consultant("li.wei"))
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/public/enquiries")
                .then()
                .statusCode(403);
    }
}
