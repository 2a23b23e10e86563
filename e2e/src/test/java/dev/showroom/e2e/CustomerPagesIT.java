package dev.showroom.e2e;

import static dev.showroom.e2e.Staff.addModel;
import static dev.showroom.e2e.Staff.as;
import static dev.showroom.e2e.Staff.creating;
import static dev.showroom.e2e.Staff.item;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The pages a customer opens, in a real browser on a phone-sized screen: the survey from the very link
 * after-sales sent to their phone (answered once; a second visit and an unknown link get pages that say so),
 * "where is my car" and the enquiry form with its consent checkbox, whose bad input is shown beside each
 * field (the gateway's problem+json). Chinese and English; axe-core on every page.
 *
 * <p>Runs after the journey (which counts the completed surveys of both dealers) and before the faults and
 * the demo month. It spends about a dozen of the public rate limit's twenty requests a minute.
 */
@Order(Integer.MAX_VALUE - 2)
class CustomerPagesIT {

    static final String CONSULTANT = "zhang.min";
    static final String PHONE_DIGITS =
            "136" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));

    @BeforeAll
    static void suite() throws Exception {
        TestSuite.start();
        RestAssured.baseURI = TestSuite.gateway();
        Browser.ensureImagesFolder();
    }

    @AfterAll
    static void done() {
        TestSuite.stop();
    }

    /**
     * The link after-sales sent: the SURVEY_LINK message in the customer's history, as the provider received it (read
     * in the service's database: the history shown to staff masks the token).
     */
    static String surveyLinkSentTo(String leadId) {
        String body = TestSuite.strings("aftersales-service", TestSuite.SURVEY_LINK_SENT, leadId)
                .get(0);
        Matcher m = Pattern.compile("(https?://\\S+/survey/[A-Za-z0-9_-]+)").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    @Test
    void aCustomerAnswersTheSurveyOnTheirPhoneOnce() {
        String leadId = creating(CONSULTANT)
                .body(Map.of("name", "Survey Sun", "phone", PHONE_DIGITS, "channel", "WALK_IN", "consent", true))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        // after-sales learns the customer from lead.created; then the link goes to their phone
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> as("care.sh")
                                .body(Map.of("leadId", leadId))
                                .post("/api/v1/surveys/links")
                                .then()
                                .extract()
                                .statusCode()
                        == 201);
        String link = surveyLinkSentTo(leadId);
        assertTrue(link.startsWith(TestSuite.gateway() + "/survey/"), "the link opens the customer's page: " + link);

        try (Browser browser = Browser.open("zh-CN", Browser.PHONE)) {
            Response opened = browser.page.navigate(link);
            assertEquals(200, opened.status());
            assertEquals("上海浦东展厅", browser.text("header .dealer-name"));
            assertEquals("请评价您的购车体验", browser.text("h1"));
            browser.assertAccessible();

            // sent with nothing chosen: each question says so beside it
            browser.page.click("form.survey button[type=submit]");
            browser.page.waitForSelector(".field-error");
            assertEquals("请回答此问题。", browser.text("fieldset.question .field-error span"));
            browser.assertAccessible();

            browser.page.click("header .lang a[lang=en]");
            browser.page.waitForSelector("h1:has-text('How was your experience?')");
            assertEquals("Showroom Shanghai Pudong", browser.text("header .dealer-name"));

            List<Locator> questions = browser.page.locator("fieldset.question").all();
            assertTrue(questions.size() >= 5, "the template's questions");
            assertTrue(
                    browser.page.locator("section.survey-step h2").count() >= 3,
                    "in sections by the step of the visit");
            assertEquals("0 of " + questions.size() + " answered", browser.text("#survey-progress-text"));
            for (Locator question : questions) {
                List<Locator> choices = question.locator("label.choice").all();
                choices.get(choices.size() > 2 ? choices.size() - 1 : 0).click();
            }
            // the progress follows the choices as they are made (survey.js), kept in view at the top while scrolling
            assertEquals(
                    questions.size() + " of " + questions.size() + " answered", browser.text("#survey-progress-text"));
            if (browser.page.locator("textarea").count() > 0) {
                browser.page.locator("textarea").first().fill("Friendly and quick.");
            }
            browser.assertAccessible();
            browser.page.evaluate("window.scrollTo(0, 0)"); // the progress line where it stands at the top
            browser.screenshot("survey-phone.png");
            browser.page.click("form.survey button[type=submit]");
            browser.page.waitForSelector("h1:has-text('Thank you!')");
            browser.assertAccessible();

            // answered once: the link now says so
            Response again = browser.page.navigate(link);
            assertEquals(409, again.status());
            assertEquals("Already answered", browser.text("h1"));
            Response unknown = browser.page.navigate(TestSuite.gateway() + "/survey/no-such-link-0000000000");
            assertEquals(404, unknown.status());
            assertEquals("This link does not work", browser.text("h1"));
            browser.assertAccessible();
        }
        await().atMost(Duration.ofMinutes(1))
                .untilAsserted(() -> as("care.sh")
                        .queryParam("leadId", leadId)
                        .get("/api/v1/surveys")
                        .then()
                        .statusCode(200)
                        .body("items[0].status", org.hamcrest.Matchers.equalTo("COMPLETED")));
    }

    @Test
    void theEnquiryFormShowsEachFieldsErrorThenSends() {
        try (Browser browser = Browser.open("en", Browser.PHONE)) {
            browser.go("/enquiry?dealer=dealer-sh-01");
            assertEquals("Showroom Shanghai Pudong", browser.text("header .dealer-name"));
            browser.assertAccessible();
            browser.page.fill("#name", "Web Visitor");
            browser.page.fill("#phone", "12");
            browser.page.click("form.stack button[type=submit]");
            browser.page.waitForSelector("#consent-error");
            assertEquals("true", browser.page.getAttribute("#phone", "aria-invalid"));
            assertTrue(browser.text("#phone-error").length() > 0);
            assertEquals("Please tick this box to go on.", browser.text("#consent-error"));
            assertEquals("Web Visitor", browser.page.inputValue("#name"), "what was typed stays");
            browser.assertAccessible();
            browser.screenshot("enquiry-field-errors.png");

            browser.page.fill(
                    "#phone", "135" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
            browser.page.check("#consent");
            browser.page.click("form.stack button[type=submit]");
            browser.page.waitForSelector("h1:has-text('Thank you, we will be in touch')");
            assertTrue(browser.text("p.notice").contains("ENQ-"), browser.text("p.notice"));
            browser.assertAccessible();
        }
        // the forms suggest the dealer's models (order-service's catalogue, through the gateway without a token);
        // nothing else views dealer-bj-02's forms, so the console has not remembered its list from before this model
        String model = "Nebula " + PHONE_DIGITS.substring(5);
        addModel(
                "manager.bj",
                "NEB" + PHONE_DIGITS.substring(5),
                model,
                item("STD", "Standard"),
                item("WHITE", "White"),
                List.of());
        List<String> names = RestAssured.given()
                .get("/public/models?dealer=dealer-bj-02")
                .then()
                .statusCode(200)
                .extract()
                .path("name");
        assertTrue(names.contains(model), names.toString());
        List<String> codes = RestAssured.given()
                .get("/public/models?dealer=dealer-sh-01")
                .then()
                .statusCode(200)
                .extract()
                .path("code");
        assertTrue(!codes.contains("NEB" + PHONE_DIGITS.substring(5)), "one dealer's models only");
        try (Browser browser = Browser.open("zh-CN", Browser.PHONE)) {
            browser.go("/test-drive-request?dealer=dealer-bj-02");
            assertEquals("北京朝阳展厅", browser.text("header .dealer-name"));
            assertEquals("预约试驾", browser.text("h1"));
            assertEquals("dealer-models", browser.page.getAttribute("#modelOfInterest", "list"));
            assertEquals(
                    1,
                    browser.page
                            .locator("#dealer-models option[value='" + model + "']")
                            .count(),
                    model);
            browser.assertAccessible();
        }
    }

    @Test
    void whereIsMyCarAnswersKindly() {
        try (Browser browser = Browser.open("zh-CN", Browser.PHONE)) {
            browser.go("/where-is-my-car?dealer=dealer-sh-01");
            assertEquals("我的车到哪儿了？", browser.text("h1"));
            browser.assertAccessible();
            browser.page.fill("#orderNumber", "SO-NO-SUCH-1");
            browser.page.fill("#phoneLast4", "12a");
            browser.page.click("form.stack button[type=submit]");
            browser.page.waitForSelector("#phoneLast4-error");
            assertEquals("true", browser.page.getAttribute("#phoneLast4", "aria-invalid"));
            browser.assertAccessible();

            browser.page.fill("#phoneLast4", "1234");
            browser.page.click("form.stack button[type=submit]");
            browser.page.waitForSelector(".form-errors");
            assertEquals("没有找到与此订单号和电话相符的订单，请检查后重试。", browser.text(".form-errors p"));
            browser.assertAccessible();
        }
    }
}
