package dev.showroom.e2e;

import static dev.showroom.e2e.Staff.addModel;
import static dev.showroom.e2e.Staff.as;
import static dev.showroom.e2e.Staff.creating;
import static dev.showroom.e2e.Staff.item;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import dev.showroom.suite.demo.Vins;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Customer care's screens in a real browser (headless Chromium), against the suite: a car delivered through the
 * API (zhang.min sells it, the manager allocates and inspects) gets its call-back due the same day (the dealer's
 * after-sales settings plan one on the delivery day for this test, then are put back); care.sh lands on the calls
 * due, records the call's outcome (and the next day's call as not reached, to be tried again at a time of the
 * dealer's day), sends the satisfaction survey's link, which the customer answers on their phone
 * through the public page, and then sees the survey answered; records a referral (bad input beside its field);
 * opens a complaint about the customer, acknowledges it on its clock, adds a note and resolves it, then records the
 * customer's acceptance; escalates another to the managers before its clock runs out. English and Chinese;
 * axe-core on every screen. Screenshots {@code care-call.png}, {@code care-complaints.png}.
 *
 * <p>Runs after the journey (which counts the dealers' completed surveys) and, spending two of the public rate
 * limit's requests first, well before the customer pages' test.
 */
@Order(Integer.MAX_VALUE - 3)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CareConsoleIT {

    static final String CARE = "care.sh";
    /** care.sh's name on the dealer's roster (lead-service's V5_2_2), which the console shows instead of the id. */
    static final String CARE_NAME = "Jing Zhou";

    static final String CONSULTANT = "zhang.min";
    static final String MANAGER = "manager.sh";
    static final int RUN = ThreadLocalRandom.current().nextInt(100_000, 999_999);
    static final String NAME = "Care Lin " + RUN;
    static final String PHONE =
            "138" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    static final String MODEL = "CR" + RUN;

    static String leadId;
    static String orderId;
    static String followUpId;
    static String nextDayId;

    @BeforeAll
    static void aCarDeliveredToday() throws Exception {
        TestSuite.start();
        RestAssured.baseURI = TestSuite.gateway();
        Browser.ensureImagesFolder();
        // a call-back on the delivery day itself, for this delivery only (settings apply to plans made afterwards)
        Map<String, Object> settings = new HashMap<>(as(MANAGER)
                .get("/api/v1/follow-ups/settings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("$"));
        settings.remove("dealerId");
        Object days = settings.get("followUpDays");
        Map<String, Object> sameDay = new HashMap<>(settings);
        sameDay.put("followUpDays", List.of(0, 1, 3, 7, 30));
        as(MANAGER).body(sameDay).put("/api/v1/follow-ups/settings").then().statusCode(200);
        try {
            deliver();
            JsonPath plan = await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(
                            () -> as(CARE).queryParam("leadId", leadId)
                                    .get("/api/v1/follow-ups")
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .jsonPath(),
                            page -> page.getList("items.dayOffset").contains(0));
            followUpId = plan.getString("items.find { it.dayOffset == 0 }.id");
            nextDayId = plan.getString("items.find { it.dayOffset == 1 }.id");
        } finally {
            settings.put("followUpDays", days);
            as(MANAGER).body(settings).put("/api/v1/follow-ups/settings").then().statusCode(200);
        }
    }

    /** A lead of zhang.min's taken through quote, order, deposit, allocation, inspection and delivery by the API. */
    static void deliver() {
        addModel(MANAGER, MODEL, "Aurora " + RUN, item("LUX", "Luxury"), item("PEARL", "Pearl white"), List.of());
        creating(MANAGER)
                .body(Map.of(
                        "name",
                        "Care " + RUN,
                        "validFrom",
                        LocalDate.now().minusDays(1).toString(),
                        "items",
                        List.of(
                                Map.of("modelCode", MODEL, "kind", "TRIM", "code", "LUX", "price", "200000.00"),
                                Map.of("modelCode", MODEL, "kind", "COLOUR", "code", "PEARL", "price", "3000.00"))))
                .post("/api/v1/catalogue/price-lists")
                .then()
                .statusCode(201);
        creating(MANAGER)
                .body(Map.of(
                        "vin",
                        Vins.of(ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000)),
                        "modelCode",
                        MODEL,
                        "trimCode",
                        "LUX",
                        "colourCode",
                        "PEARL",
                        "optionCodes",
                        List.of(),
                        "status",
                        "IN_STOCK",
                        "arrivalDate",
                        LocalDate.now().minusDays(5).toString()))
                .post("/api/v1/stock")
                .then()
                .statusCode(201);
        leadId = creating(CONSULTANT)
                .body(Map.of("name", NAME, "phone", PHONE, "channel", "WALK_IN", "consent", true))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> quote = Map.of(
                "leadId",
                leadId,
                "modelCode",
                MODEL,
                "trimCode",
                "LUX",
                "colourCode",
                "PEARL",
                "optionCodes",
                List.of(),
                "discount",
                "0.00",
                "validUntil",
                LocalDate.now().plusDays(7).toString());
        String quoteId = await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(2))
                .until(
                        () -> {
                            var created = creating(CONSULTANT)
                                    .body(quote)
                                    .post("/api/v1/quotes")
                                    .then()
                                    .extract();
                            return created.statusCode() == 201 ? created.<String>path("id") : null;
                        },
                        id -> id != null);
        orderId = creating(CONSULTANT)
                .body(Map.of(
                        "quoteId",
                        quoteId,
                        "depositAmount",
                        "20000.00",
                        "expectedDeliveryDate",
                        LocalDate.now().plusDays(1).toString()))
                .post("/api/v1/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(CONSULTANT)
                .body(Map.of("customerSignatory", NAME))
                .post("/api/v1/orders/{id}/signature", orderId)
                .then()
                .statusCode(200);
        as(CONSULTANT)
                .body(Map.of("amount", "20000.00", "method", "CARD"))
                .post("/api/v1/orders/{id}/deposit", orderId)
                .then()
                .statusCode(200);
        String owed = as(MANAGER)
                .body(Map.of())
                .post("/api/v1/orders/{id}/allocation", orderId)
                .then()
                .statusCode(200)
                .extract()
                .path("payment.balanceOwed");
        // payment before the keys: the balance paid before the inspection
        as(CONSULTANT)
                .body(Map.of("amount", owed, "method", "BANK_TRANSFER"))
                .post("/api/v1/orders/{id}/payments", orderId)
                .then()
                .statusCode(201);
        Map<String, Boolean> pdi = new LinkedHashMap<>();
        for (String item : List.of(
                "EXTERIOR_BODY_AND_PAINT",
                "INTERIOR_CLEAN_FILMS_REMOVED",
                "FLUID_LEVELS",
                "TYRES_AND_WHEELS",
                "LIGHTS_AND_ELECTRICS",
                "NO_WARNING_LIGHTS",
                "ROAD_TEST",
                "SPARE_KEY_AND_TOOLS")) {
            pdi.put(item, true);
        }
        as(MANAGER)
                .body(Map.of("items", pdi))
                .post("/api/v1/orders/{id}/pdi", orderId)
                .then()
                .statusCode(200);
        as(CONSULTANT)
                .body(Map.of(
                        "handover",
                        Map.of(
                                "documentsHandedOver",
                                true,
                                "featuresExplained",
                                true,
                                "accessoriesHandedOver",
                                true,
                                "photoTaken",
                                true)))
                .post("/api/v1/orders/{id}/delivery", orderId)
                .then()
                .statusCode(200);
    }

    /** The page of the complaints list that shows this customer's complaint (the list is paged, oldest first). */
    static void openListPageWith(Browser browser, String customer) {
        for (int page = 0; page < 20; page++) {
            browser.go("/console/care/complaints?page=" + page);
            if (browser.page
                            .locator("table.complaints tr:has-text('" + customer + "')")
                            .count()
                    > 0) {
                return;
            }
            if (browser.page.locator("nav.pager a[rel=next]").count() == 0) {
                break;
            }
        }
        throw new AssertionError(customer + "'s complaint is not in the list");
    }

    @AfterAll
    static void done() {
        TestSuite.stop();
    }

    @Test
    @Order(1)
    void careCallsTheCustomerSendsTheSurveyAndSeesItAnswered() {
        try (Browser browser = Browser.open("en")) {
            browser.signIn(CARE);
            assertEquals("/console/care/calls", browser.path(), "customer care starts on the calls due");
            assertEquals("Calls after delivery", browser.text("h1"));
            Locator due = browser.page.locator("#due-calls a:has-text('" + NAME + "')");
            assertEquals(1, due.count(), "the delivery's call-back is due today");
            browser.assertAccessible();

            due.click();
            browser.page.waitForSelector("#call-form");
            assertEquals(NAME, browser.text("h1"));
            assertTrue(browser.text("dl.call-facts").contains("On the delivery day"), browser.text("dl.call-facts"));
            assertTrue(browser.text("a.tel").endsWith(PHONE), "customer care sees the customer's phone");
            browser.assertAccessible();
            browser.screenshot("care-call.png");
            browser.page.click("label:has(#reached-yes)");
            browser.page.fill("#note", "Happy with the car; asked when the first service is due");
            browser.page.click("#call-form button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('The call is recorded.')");
            assertEquals("Done", browser.text("#call-status"));
            assertTrue(browser.text("ol.history").contains("asked when the first service is due"));
            assertTrue(
                    browser.text("ol.history").contains(CARE_NAME),
                    "who called, by name: " + browser.text("ol.history"));
            as(CARE).get("/api/v1/follow-ups/{id}", followUpId)
                    .then()
                    .statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("DONE"))
                    .body("calls[0].reached", org.hamcrest.Matchers.equalTo(true));

            // the survey's link goes to the customer's phone, never to this screen
            browser.page.click("#send-survey");
            browser.page.waitForSelector("p.notice:has-text('survey link was sent')");
            assertEquals("Waiting for the customer", browser.text("#survey-state"));
            assertTrue(!browser.page.content().contains("/survey/"), "no survey link on a staff page");
            browser.assertAccessible();

            // the next day's call, not reached: tried again at a time of the dealer's day (a past one is refused)
            LocalDate dealerToday = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            browser.go("/console/care/calls/" + nextDayId);
            assertTrue(browser.text("dl.call-facts").contains("The day after delivery"), browser.text("dl.call-facts"));
            browser.page.click("label:has(#reached-no)");
            browser.page.fill("#retryAt", dealerToday.minusDays(1) + "T15:00");
            browser.page.click("#call-form button[type=submit]");
            browser.page.waitForSelector("#retryAt-error");
            assertEquals("true", browser.page.getAttribute("#retryAt", "aria-invalid"));
            browser.assertAccessible();
            browser.page.fill("#retryAt", dealerToday.plusDays(2) + "T15:00");
            browser.page.fill("#note", "Voicemail");
            browser.page.click("#call-form button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('The call is recorded.')");
            assertEquals("To call", browser.text("#call-status"));
            as(CARE).get("/api/v1/follow-ups/{id}", nextDayId)
                    .then()
                    .statusCode(200)
                    .body("attempts", org.hamcrest.Matchers.equalTo(1))
                    .body("dueLocal", org.hamcrest.Matchers.startsWith(dealerToday.plusDays(2) + "T15:00"));
        }

        String link = CustomerPagesIT.surveyLinkSentTo(leadId);
        try (Browser phone = Browser.open("zh-CN", Browser.PHONE)) {
            phone.page.navigate(link);
            phone.page.waitForSelector("form.survey");
            for (Locator question : phone.page.locator("fieldset.question").all()) {
                List<Locator> choices = question.locator("label.choice").all();
                choices.get(choices.size() > 2 ? choices.size() - 2 : 0).click();
            }
            phone.page.click("form.survey button[type=submit]");
            phone.page.waitForSelector("h1:has-text('谢谢')");
        }

        try (Browser browser = Browser.open("zh-CN")) {
            browser.signIn(CARE);
            String surveyId = await().atMost(Duration.ofMinutes(1))
                    .until(
                            () -> as(CARE).queryParam("leadId", leadId)
                                    .queryParam("status", "COMPLETED")
                                    .get("/api/v1/surveys")
                                    .then()
                                    .statusCode(200)
                                    .extract()
                                    .<String>path("items[0].id"),
                            id -> id != null);
            browser.go("/console/care/surveys?status=COMPLETED");
            assertEquals("满意度调查", browser.text("h1"));
            Locator row = browser.page.locator("table.surveys tr:has-text('" + NAME + "')");
            assertTrue(row.textContent().contains("已作答"), row.textContent());
            browser.assertAccessible();
            browser.go("/console/care/surveys/" + surveyId);
            assertTrue(browser.text("#survey-state").contains("已作答"));
            assertTrue(browser.page.locator("table.answers tbody tr").count() >= 5, "each question with its answer");
            browser.assertAccessible();

            // the call page, in Chinese, now says so too; referrals are recorded from there
            browser.go("/console/care/calls/" + followUpId);
            assertEquals("已作答", browser.text("#survey-state"));
            browser.page.click("a[href^='/console/care/referrals?leadId=']");
            browser.page.waitForSelector("#referral-form");
            browser.assertAccessible();
            browser.page.fill("#name-0", "Referred Gao " + RUN);
            browser.page.fill("#phone-0", "12");
            browser.page.click("#referral-form button[type=submit]");
            browser.page.waitForSelector("#phone-0-error");
            assertEquals("true", browser.page.getAttribute("#phone-0", "aria-invalid"));
            assertTrue(browser.page.locator("#consent-0-error").count() == 1, "consent is required beside its box");
            assertEquals("Referred Gao " + RUN, browser.page.inputValue("#name-0"), "what was typed stays");
            browser.assertAccessible();
            browser.page.fill(
                    "#phone-0",
                    "+86139" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)));
            browser.page.check("#consent-0");
            browser.page.click("#referral-form button[type=submit]");
            browser.page.waitForSelector("p.notice");
            assertTrue(browser.text("table.referred").contains("Referred Gao " + RUN));
            browser.go("/console/care/referrals");
            assertTrue(browser.text("main").contains(NAME), "the customer is among those reached lately");
            browser.assertAccessible();
        }
    }

    @Test
    @Order(2)
    void aComplaintIsAcknowledgedWorkedOnAndResolvedOnItsClock() {
        // another complaint, left open, so that the list shows a clock still running beside this one
        creating(CARE)
                .body(Map.of(
                        "customerName",
                        "Waiting Hu " + RUN,
                        "customerPhone",
                        "+8613700000000",
                        "channel",
                        "EMAIL",
                        "category",
                        "DOCUMENTS",
                        "severity",
                        "LOW",
                        "description",
                        "Registration papers not received yet"))
                .post("/api/v1/complaints")
                .then()
                .statusCode(201);
        try (Browser browser = Browser.open("zh-CN")) {
            browser.signIn(CARE);
            browser.go("/console/care/calls/" + followUpId);
            browser.page.click("a[href^='/console/care/complaints/new']");
            browser.page.waitForSelector("#complaint-form");
            assertTrue(browser.text("p.lede").contains(NAME), "about the customer of the call");
            browser.assertAccessible();
            browser.page.selectOption("#channel", "PHONE");
            browser.page.selectOption("#category", "DELIVERY");
            // MEDIUM: customer care's to work on (a HIGH or CRITICAL one would be the managers' at once)
            browser.page.selectOption("#severity", "MEDIUM");
            browser.page.click("#complaint-form button[type=submit]");
            browser.page.waitForSelector("#description-error");
            assertEquals("true", browser.page.getAttribute("#description", "aria-invalid"));
            browser.assertAccessible();
            browser.page.fill("#description", "The floor mats were missing at the handover");
            browser.page.click("#complaint-form button[type=submit]");
            browser.page.waitForSelector("#complaint-status");
            assertEquals("待受理", browser.text("#complaint-status"));
            assertTrue(browser.text("section.sla-card").contains("距受理时限还剩"), browser.text("section.sla-card"));
            assertEquals(1, browser.page.locator("section.sla-card meter").count(), "the clock's meter");
            browser.assertAccessible();
            String complaintPath = browser.path();
            // what the customer is told: the date to expect the resolution, by the complaint's severity
            assertTrue(browser.text("#tell-customer").contains("预计"), browser.text("#tell-customer"));

            browser.page.click("#acknowledge");
            browser.page.waitForSelector("p.notice:has-text('投诉已受理')");
            assertEquals("已受理", browser.text("#complaint-status"));
            assertTrue(browser.text("section.sla-card").contains("符合时限"), browser.text("section.sla-card"));

            browser.page.fill("#text", "Logistics will bring the mats on Saturday");
            browser.page.click("#note-form button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('已添加备注')");
            assertTrue(browser.text("#complaint-history").contains("Logistics will bring the mats on Saturday"));
            assertTrue(
                    browser.text("#complaint-history").contains(CARE_NAME),
                    "the note's author, by name: " + browser.text("#complaint-history"));

            browser.page.click("#resolve-form button[type=submit]");
            browser.page.waitForSelector("#remedy-error");
            browser.page.selectOption("#remedy", "REPLACEMENT");
            browser.page.fill("#resolution", "Mats delivered to the customer's home");
            browser.page.click("#resolve-form button[type=submit]");
            // the investigation names what was behind it: after-sales' 400 beside the root cause
            browser.page.waitForSelector("#rootCause-error");
            assertEquals("true", browser.page.getAttribute("#rootCause", "aria-invalid"));
            browser.page.selectOption("#rootCause", "PROCESS_GAP");
            browser.page.click("#resolve-form button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('投诉已处理')");
            assertEquals("已处理，待客户确认", browser.text("#complaint-status"));
            browser.assertAccessible();

            // the list in English (by priority, then oldest first: these two are on its last pages), each with its
            // clock
            browser.page.click("header .lang a[lang=en]");
            browser.page.waitForSelector("h1:has-text('Complaint')");
            openListPageWith(browser, NAME);
            assertEquals("Complaints", browser.text("h1"));
            Locator resolved = browser.page.locator("table.complaints tr:has-text('" + NAME + "')");
            assertTrue(resolved.textContent().contains("Resolved, waiting for the customer"), resolved.textContent());
            assertTrue(resolved.textContent().contains("within the time allowed"), resolved.textContent());
            openListPageWith(browser, "Waiting Hu " + RUN);
            Locator waiting = browser.page.locator("table.complaints tr:has-text('Waiting Hu " + RUN + "')");
            assertTrue(waiting.textContent().contains("left to acknowledge"), waiting.textContent());
            browser.assertAccessible();
            browser.screenshot("care-complaints.png");

            // the report of the month: this complaint resolved in time, its root cause counted
            browser.go("/console/care/complaints/report");
            assertEquals("Complaints report", browser.text("h1"));
            assertTrue(
                    browser.text("#by-rootCause tr[data-key='PROCESS_GAP']").contains("A gap in our process"),
                    browser.text("#by-rootCause"));
            assertTrue(
                    browser.page.locator("#by-severity tr[data-key='MEDIUM']").count() == 1);
            browser.assertAccessible();
            openListPageWith(browser, "Waiting Hu " + RUN);
            waiting = browser.page.locator("table.complaints tr:has-text('Waiting Hu " + RUN + "')");

            // the other one is serious: escalated to the managers before its clock runs out (a reason is needed)
            waiting.locator("a").first().click();
            browser.page.waitForSelector("#escalate-form");
            browser.page.click("#escalate-form button[type=submit]");
            browser.page.waitForSelector("#reason-error");
            browser.page.fill("#reason", "The customer needs the papers for a loan this week");
            browser.page.click("#escalate-form button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('escalated')");
            assertTrue(browser.text("#complaint-history").contains("needs the papers for a loan"));
            assertEquals(0, browser.page.locator("#acknowledge").count(), "an escalated complaint is the managers'");
            browser.assertAccessible();

            browser.go(complaintPath);
            browser.page.click("label:has(#confirmed-yes)");
            browser.page.click("#confirm-form button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('answer is recorded')");
            assertEquals("Closed", browser.text("#complaint-status"));
            assertEquals(0, browser.page.locator("#note-form").count(), "a closed complaint takes no more notes");
            browser.assertAccessible();

            // the customers to call, from the menu (no loyalty chosen: the at-risk list, not the error page)
            browser.page.click("nav a[href='/console/care/customers']");
            browser.page.waitForSelector("h1");
            assertEquals("Customers by value and loyalty", browser.text("h1"));
            browser.assertAccessible();
        }
    }
}
