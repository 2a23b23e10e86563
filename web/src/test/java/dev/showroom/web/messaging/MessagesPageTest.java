package dev.showroom.web.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * The messages page's controller when after-sales refuses (FakeMessagesApi): the page comes back with the
 * service's status, the list still shown, what was typed kept and the refusal beside the field it names.
 */
@QuarkusTest
class MessagesPageTest {

    static final String CSRF = "c".repeat(43);
    static final String PAGE = "/test-render/messaging/page";

    private static RequestSpecification form() {
        return given().header("Accept-Language", "en")
                .cookie("csrf", CSRF)
                .contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", CSRF);
    }

    @Test
    void aSendRefusedForAFieldComesBackBesideIt() {
        form().formParam("leadId", RenderMessaging.LEAD)
                .formParam("kind", "APPOINTMENT_REMINDER")
                .formParam("time", "whenever")
                .formParam("idempotencyKey", "key-1")
                .post(PAGE + "/send")
                .then()
                .statusCode(400)
                .body(containsString("id=\"send-form\""))
                .body(containsString("<p class=\"field-error\" id=\"time-error\"><span>must be a time of day such as"))
                .body(containsString(
                        "value=\"whenever\" aria-describedby=\"time-hint time-error\" aria-invalid=\"true\""))
                .body(containsString("<option value=\"APPOINTMENT_REMINDER\" selected>"))
                .body(containsString("id=\"message-M-1\""))
                .body(containsString("id=\"customer-name\">Zhou Min<"))
                .body(not(containsString("id=\"send-refused\"")));
    }

    @Test
    void aSendToACustomerWhoMayNotBeMessagedSaysWhyAboveTheForm() {
        form().formParam("leadId", FakeMessagesApi.OPTED_OUT)
                .formParam("kind", "HOLIDAY_GREETING")
                .formParam("occasion", "Spring Festival")
                .post(PAGE + "/send")
                .then()
                .statusCode(409)
                .body(containsString("id=\"send-refused\">Not sent: the customer opted out of messages.</p>"))
                .body(containsString("value=\"Spring Festival\""))
                .body(containsString("<option value=\"HOLIDAY_GREETING\" selected>"))
                .body(not(containsString("field-error")));
    }

    @Test
    void aSendTakenGoesBackToTheCustomersMessages() {
        form().redirects()
                .follow(false)
                .formParam("leadId", RenderMessaging.LEAD)
                .formParam("kind", "VISIT_THANK_YOU")
                .post(PAGE + "/send")
                .then()
                .statusCode(303)
                .header("Location", containsString("/console/messages?leadId=" + RenderMessaging.LEAD + "&done=sent"));
    }

    @Test
    void aGreetingRefusedComesBackBesideTheOccasion() {
        form().formParam("occasion", " ")
                .post(PAGE + "/greetings")
                .then()
                .statusCode(400)
                .body(containsString("id=\"greet-form\""))
                .body(containsString(
                        "<p class=\"field-error\" id=\"occasion-error\"><span>Please fill this in.</span>"))
                .body(containsString("id=\"message-M-1\""));
    }

    @Test
    void aPeriodRefusedIsSaidBesideItsDateOverTheListWithoutIt() {
        given().header("Accept-Language", "en")
                .queryParam("from", "2026-12-31")
                .queryParam("to", "2026-12-01")
                .get(PAGE)
                .then()
                .statusCode(400)
                .body(containsString(
                        "<p class=\"field-error\" id=\"to-error\"><span>to must not be before from</span>"))
                .body(containsString("id=\"message-M-1\""))
                .body(containsString("id=\"greet-form\""));
    }
}
