package dev.showroom.e2e;

import static dev.showroom.e2e.Staff.as;
import static dev.showroom.e2e.Staff.creating;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * The web console in a real browser (headless Chromium), against the suite: staff sign in through
 * Keycloak, see their screens in Chinese and English, see nothing of another dealer, sign out (the
 * Keycloak session ends too) and come back to the page they were on after their session ended. Every
 * screen is checked with axe-core and must cause no Content Security Policy violation.
 *
 * <p>The prospects are zhang.min's (the journey counts li.wei's funnel). The screenshots go to docs/images/.
 */
@Order(100)
class ConsoleIT {

    static final String CONSULTANT = "zhang.min";
    static final String RECEPTIONIST = "reception.sh";
    static final String MANAGER = "manager.sh";
    static final String OTHER_DEALER_CONSULTANT = "wang.fang";
    static final String NAME = "Console Qian " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    static final String PHONE_DIGITS =
            "137" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));

    @BeforeAll
    static void suiteAndAProspect() throws Exception {
        TestSuite.start();
        RestAssured.baseURI = TestSuite.gateway();
        Browser.ensureImagesFolder();
        creating(CONSULTANT)
                .body(Map.of(
                        "name",
                        NAME,
                        "phone",
                        PHONE_DIGITS,
                        "channel",
                        "WALK_IN",
                        "modelOfInterest",
                        "Aurora S",
                        "consent",
                        true))
                .post("/api/v1/leads")
                .then()
                .statusCode(201);
    }

    @AfterAll
    static void done() {
        TestSuite.stop();
    }

    @Test
    void aConsultantFindsTheirProspectsInChineseAndEnglish() {
        try (Browser browser = Browser.open("zh-CN")) {
            browser.signIn(CONSULTANT);
            assertEquals("/console/day", browser.path(), "a consultant starts on their day");
            browser.go("/console/prospects");
            assertEquals("我的潜在客户", browser.text("h1"));
            assertEquals("zh-CN", browser.page.getAttribute("html", "lang"));
            browser.page.fill("#q", NAME);
            // the search's answer, not the unfiltered list the page opened with: one row, the prospect
            browser.page.waitForFunction(
                    "name => { const rows = document.querySelectorAll('#results table.list tbody tr');"
                            + " return rows.length === 1 && rows[0].textContent.includes(name); }",
                    NAME);
            browser.assertAccessible();
            browser.screenshot("console-prospects.png");

            // the grade filter narrows the list (the new prospect has no grade yet)
            browser.page.selectOption("#grade", "H");
            browser.page.waitForFunction(
                    "name => !document.querySelector('#results').textContent.includes(name)", NAME);
            assertFalse(browser.text("#results").contains(NAME), "grade H hides an ungraded prospect");

            browser.page.click("header .lang a[lang=en]");
            browser.page.waitForSelector("h1:has-text('My prospects')");
            assertEquals("en", browser.page.getAttribute("html", "lang"));
            browser.go("/console/prospects?q="
                    + java.net.URLEncoder.encode(NAME, java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(
                    browser.text("main").contains(NAME),
                    () -> "the English search shows the prospect: " + browser.page.url() + "\n" + browser.text("main"));
            assertEquals("Consultant", browser.text("header .role"));
            browser.assertAccessible();
        }
    }

    @Test
    void aConsultantOfTheOtherDealerSeesNoneOfIt() {
        try (Browser browser = Browser.open("en")) {
            browser.signIn(OTHER_DEALER_CONSULTANT);
            assertEquals(
                    "Showroom Beijing Chaoyang", browser.text("header .dealer"), "the dealer's name, not its code");
            assertEquals("dealer-bj-02", browser.page.getAttribute("header .dealer", "data-dealer"));
            browser.go("/console/prospects?q=" + PHONE_DIGITS);
            assertEquals("No prospects match.", browser.text("p.empty"));
            browser.go("/console/prospects");
            assertFalse(browser.page.content().contains(NAME));
            browser.assertAccessible();
            // the check itself: text in the colour of its background fails it, though axe only says "needs review"
            browser.page.evaluate(
                    "() => { const p = document.createElement('p'); p.textContent = 'unreadable';"
                            + " p.style.color = '#fff'; p.style.background = '#fff'; document.querySelector('main').append(p); }");
            AssertionFailedError unreadable = assertThrows(AssertionFailedError.class, browser::assertAccessible);
            assertTrue(
                    unreadable.getMessage().contains("text in the colour of its background"), unreadable.getMessage());
        }
    }

    @Test
    void theFrontDeskRecognisesAReturningCustomerByTheWholePhoneOnly() {
        try (Browser browser = Browser.open("en")) {
            browser.signIn(RECEPTIONIST);
            browser.go("/console/reception/returning");
            // a part of the number: lead-service's problem+json is shown beside the field
            browser.page.fill("#phone", PHONE_DIGITS.substring(0, 6));
            browser.page.click("form.lookup button[type=submit]");
            browser.page.waitForSelector("#phone-error");
            assertEquals("true", browser.page.getAttribute("#phone", "aria-invalid"));
            assertTrue(browser.page.getAttribute("#phone", "aria-describedby").contains("phone-error"));
            browser.assertAccessible();
            browser.screenshot("console-field-error.png");

            browser.page.fill("#phone", PHONE_DIGITS);
            browser.page.click("form.lookup button[type=submit]");
            browser.page.waitForSelector("dd.name");
            assertEquals(NAME, browser.text("dd.name"));
            assertFalse(
                    browser.text("dl.facts").contains(PHONE_DIGITS.substring(3, 9)),
                    "the receptionist sees a masked phone");
            browser.assertAccessible();

            browser.page.click("header .lang a[lang=zh-CN]");
            browser.page.waitForSelector("h1:has-text('老客户识别')");
            browser.assertAccessible();
        }
    }

    @Test
    void theFrontDeskLogsACallWithTheRingCounterAndAWalkIn() {
        String marker = "console-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        // the manager puts the consultant on duty (the roster); the front desk's copy follows through Kafka
        var duty = as(MANAGER)
                .get("/api/v1/dealer/roster/duty")
                .then()
                .statusCode(200)
                .extract();
        as(MANAGER)
                .header("If-Match", duty.header("ETag"))
                .body(Map.of("consultants", List.of(CONSULTANT)))
                .put("/api/v1/dealer/roster/duty/" + duty.path("date"))
                .then()
                .statusCode(200);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> List.of(CONSULTANT)
                        .equals(as(RECEPTIONIST)
                                .get("/api/v1/reception/queue")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("onDuty.consultantId")));
        // free, whatever an earlier test handed them
        as(RECEPTIONIST)
                .post("/api/v1/reception/queue/" + CONSULTANT + "/free")
                .then()
                .statusCode(200);
        try (Browser browser = Browser.open("zh-CN")) {
            browser.signIn(RECEPTIONIST);
            assertEquals("/console/reception", browser.path(), "a receptionist starts at the front desk");
            // the desk calls the consultant by the roster's name (V5_2_2__roster_demo_staff), not by the user id
            assertEquals("Min Zhang", browser.text(".next-consultant"));
            browser.assertAccessible();
            browser.screenshot("console-front-desk.png");

            browser.page.click("a[href='/console/reception/call']");
            browser.page.waitForSelector("#ring-start");
            browser.page.click("#ring-start");
            browser.page.waitForTimeout(1200);
            browser.page.click("#ring-answered");
            assertTrue(Integer.parseInt(browser.page.inputValue("#ringCount")) >= 1, "the counter filled the rings");
            assertTrue(Integer.parseInt(browser.page.inputValue("#secondsToAnswer")) >= 1, "and the seconds");
            browser.page.check("#standardGreeting");
            browser.page.check("#nameAndContactAsked");
            browser.page.check("#invitedToVisit");
            browser.page.fill("#name", "Caller Zhou");
            browser.page.fill(
                    "#phone", "134" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
            browser.page.fill("#outcome", marker + " call");
            assertEquals(CONSULTANT, browser.page.inputValue("#consultantId"), "the rota's next is proposed");
            browser.assertAccessible();
            browser.screenshot("console-log-call.png");
            browser.page.click("form.visit button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('来电已记录')");

            browser.page.click("a[href='/console/reception/walk-in']");
            browser.page.waitForSelector("#partySize");
            browser.page.fill("#partySize", "0");
            browser.page.fill("#name", "Walker Wu");
            browser.page.fill(
                    "#phone", "133" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
            browser.page.click("form.visit button[type=submit]");
            browser.page.waitForSelector("#partySize-error");
            assertEquals("true", browser.page.getAttribute("#partySize", "aria-invalid"));
            browser.assertAccessible();
            browser.page.fill("#partySize", "2");
            browser.page.check("#greetedAtOnce");
            browser.page.check("#selfIntroduction");
            browser.page.check("#drinksOffered");
            browser.page.fill("#modelsPresented", "Aurora S");
            browser.page.fill("#outcome", marker + " walk-in");
            browser.page.click("form.visit button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('到店已记录')");
        }
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        io.restassured.path.json.JsonPath visits = as("manager.sh")
                .queryParam("date", today)
                .queryParam("size", 100)
                .get("/api/v1/visits")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> mine = visits.<Map<String, Object>>getList("items").stream()
                .filter(v -> String.valueOf(v.get("outcome")).startsWith(marker))
                .toList();
        assertEquals(2, mine.size(), "a call and a walk-in: " + mine);
        Map<String, Object> walkIn = mine.stream()
                .filter(v -> "WALK_IN".equals(v.get("kind")))
                .findFirst()
                .orElseThrow();
        assertEquals(2, walkIn.get("partySize"));
        assertTrue(walkIn.get("checkpoints").toString().contains("GREETED_AT_ONCE"), walkIn.toString());
        Map<String, Object> call = mine.stream()
                .filter(v -> "CALL".equals(v.get("kind")))
                .findFirst()
                .orElseThrow();
        assertEquals(CONSULTANT, call.get("consultantId"));
    }

    @Test
    void signingOutEndsTheKeycloakSessionAndAnEndedSessionComesBackToItsPage() {
        try (Browser browser = Browser.open("en")) {
            browser.signIn(CONSULTANT);
            browser.signOut();
            assertEquals("You have signed out.", browser.text("h1"));
            browser.assertAccessible();
            // no single sign-on left at Keycloak: the console asks for the password again
            browser.go("/console/prospects");
            browser.page.waitForSelector("#username");

            // an ended session (its cookies gone): through the login and back to the very page
            browser.signInHere(CONSULTANT);
            browser.context.clearCookies();
            browser.go("/console/prospects?q=" + PHONE_DIGITS);
            browser.signInHere(CONSULTANT);
            browser.page.waitForURL(Pattern.compile(".*/console/prospects\\?q=" + PHONE_DIGITS));
            assertTrue(browser.text("table.list tbody").contains(NAME));
        }
    }
}
