package dev.showroom.visit;

import static dev.showroom.visit.Fixtures.*;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What each role sees of a visitor's contact and of a driving licence (README, "Who sees what"). */
@QuarkusTest
class RoleViewsTest {

    static Map<String, Object> walkIn(Map<String, Object> contact) {
        return Map.of(
                "contact",
                contact,
                "arrivalAt",
                Instant.now().toString(),
                "partySize",
                1,
                "checkpoints",
                ReceptionTest.walkInCheckpoints(true, true, true, true));
    }

    @Test
    void aReceptionistSeesNoPhoneOrEmailAndALinkedVisitKeepsNoCopyOfThem() {
        String phone = mobile();
        String email = unique("ma") + "@example.com";
        String visitId = post(
                        RECEPTION,
                        "/api/v1/visits/walk-ins",
                        walkIn(Map.of("name", "Ma Lan", "phone", phone, "email", email)))
                .statusCode(201)
                .body("contact.name", equalTo("Ma Lan"))
                .body("contact.phone", not(equalTo("+86" + phone)))
                .body("contact.email", nullValue())
                .extract()
                .path("id");
        // an unknown visitor: the receptionist sees a masked phone, the manager the whole contact
        get(RECEPTION, "/api/v1/visits/" + visitId)
                .statusCode(200)
                .body("contact.phone", equalTo("+861" + "*".repeat(6) + phone.substring(7)))
                .body("contact.email", nullValue());
        get(MANAGER, "/api/v1/visits/" + visitId)
                .statusCode(200)
                .body("contact.phone", equalTo("+86" + phone))
                .body("contact.email", equalTo(email));

        // once linked to a lead the visit drops its copy: the lead holds the contact
        UUID leadId = UUID.randomUUID();
        leadCreated(leadId, "Ma Lan", "+86" + phone, "li.wei", UUID.fromString(visitId));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> leadId.equals(db("select lead_id from visit where id = ?", UUID.fromString(visitId))));
        assertNull(db("select contact_phone from visit where id = ?", UUID.fromString(visitId)));
        assertNull(db("select contact_email from visit where id = ?", UUID.fromString(visitId)));
        for (String token : new String[] {RECEPTION, MANAGER, consultant("li.wei")}) {
            get(token, "/api/v1/visits/" + visitId)
                    .statusCode(200)
                    .body("contact.name", equalTo("Ma Lan"))
                    .body("contact.phone", nullValue())
                    .body("contact.email", nullValue());
            String list = get(token, "/api/v1/visits?leadId=" + leadId)
                    .statusCode(200)
                    .body("total", equalTo(1))
                    .extract()
                    .asString();
            assertFalse(list.contains(phone.substring(3)) || list.contains(email), list);
        }

        // a known visitor is linked at once: no copy is kept at all
        String known = post(
                        RECEPTION,
                        "/api/v1/visits/walk-ins",
                        walkIn(Map.of("name", "Ma Lan", "phone", phone, "email", email)))
                .statusCode(201)
                .body("leadId", equalTo(leadId.toString()))
                .body("contact.phone", nullValue())
                .body("contact.email", nullValue())
                .extract()
                .path("id");
        assertNull(db("select contact_phone from visit where id = ?", UUID.fromString(known)));
        assertNull(db("select contact_email from visit where id = ?", UUID.fromString(known)));
    }

    @Test
    void aLicenceIsKeptAsCheckedWithItsLastFourAndAReceptionistSeesNeither() {
        String number = "3101011990" + String.format("%08d", (int) (Math.random() * 100_000_000));
        UUID leadId = UUID.randomUUID();
        leadAssigned(leadId, "li.wei");
        awaitKnown(leadId, "li.wei");
        Instant slot = TestDriveTest.tomorrowAt(11).plus((long) (Math.random() * 600), ChronoUnit.SECONDS);
        Map<String, Object> booking = TestDriveTest.booking(
                TestDriveTest.demoCar("Model Y"), leadId, slot, slot.plus(45, ChronoUnit.MINUTES));
        String expiry = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(2).toString();
        booking.put("licence", Map.of("number", number, "expiry", expiry));
        String drive = post(RECEPTION, "/api/v1/test-drives", booking)
                .statusCode(201)
                .body("licence.checked", equalTo(true))
                .body("licence.number", nullValue())
                .body("licence.lastFour", nullValue())
                .extract()
                .path("id");
        String asReceptionist = get(RECEPTION, "/api/v1/test-drives/" + drive)
                .statusCode(200)
                .body("licence.checked", equalTo(true))
                .body("licence.lastFour", nullValue())
                .extract()
                .asString();
        assertFalse(asReceptionist.contains(number.substring(number.length() - 4)), asReceptionist);
        for (String token : new String[] {MANAGER, consultant("li.wei")}) {
            String seen = get(token, "/api/v1/test-drives/" + drive)
                    .statusCode(200)
                    .body("licence.lastFour", equalTo(number.substring(14)))
                    .body("licence.expiry", equalTo(expiry))
                    .body("licence.number", nullValue())
                    .extract()
                    .asString();
            assertFalse(seen.contains(number), seen);
        }
        String list = get(RECEPTION, "/api/v1/test-drives?leadId=" + leadId)
                .statusCode(200)
                .body("total", equalTo(1))
                .extract()
                .asString();
        assertFalse(list.contains(number.substring(14)), list);

        // the database holds no more than the last four
        String row = (String) db("select t::text from test_drive t where id = ?", UUID.fromString(drive));
        assertFalse(row.contains(number), row);
        assertEquals(
                number.substring(14), db("select licence_last4 from test_drive where id = ?", UUID.fromString(drive)));
        // the customer's own words about the drive are for the consultant and the manager
        post(
                        consultant("li.wei"),
                        "/api/v1/test-drives/" + drive + "/complete",
                        Map.of(
                                "odometerStart",
                                1200,
                                "odometerEnd",
                                1230,
                                "feedback",
                                Map.of("overall", 4, "comments", "Mrs Ma wants the red one")))
                .statusCode(200)
                .body("feedback.comments", equalTo("Mrs Ma wants the red one"));
        get(RECEPTION, "/api/v1/test-drives/" + drive)
                .statusCode(200)
                .body("feedback.overall", equalTo(4))
                .body("feedback.comments", nullValue());
        // a number too short to keep four characters of without keeping it whole is refused
        booking.put("slotStart", slot.plus(2, ChronoUnit.HOURS).toString());
        booking.put("slotEnd", slot.plus(3, ChronoUnit.HOURS).toString());
        booking.put("licence", Map.of("number", "A123", "expiry", expiry));
        post(MANAGER, "/api/v1/test-drives", booking)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("licence.number"));
    }
}
