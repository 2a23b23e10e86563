package dev.showroom.e2e;

import static dev.showroom.e2e.Staff.as;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.options.LoadState;
import io.restassured.RestAssured;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * The manager's and hq's screens in a real browser against the suite. Both dealers get one of everything
 * (DealerData: a delivered order, a complaint, a checklist run…); zhang.min then quotes two customers a
 * discount above the limit. The manager lands on the dashboard, finds both quotes in the approvals inbox,
 * refuses one (first without a reason: order-service's 400 comes back beside the note) and approves the other;
 * the dashboard follows (the approved quote is issued, lead-service counts the customer as quoted: zhang.min's
 * "quoted" goes up by one, the quotes to approve down by two). hq sees both dealers and the brand's total.
 * axe-core on every screen in English and Chinese (the dashboard's screenshot of the README comes from DemoIT: a
 * month of the demo).
 */
@Order(102)
class ManagerConsoleIT {

    static final String CONSULTANT = "zhang.min";
    /** The roster's name of {@link #CONSULTANT} (lead-service's V5_2_2): what the manager's pages show. */
    static final String CONSULTANT_NAME = "Min Zhang";

    static final String MANAGER = "manager.sh";
    static final String HQ = "hq.analyst";
    static final String RUN = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));

    static DealerData shanghai;
    static String toApprove;
    static String toRefuse;

    @BeforeAll
    static void twoDealersAndTwoDiscountsToDecide() throws Exception {
        TestSuite.start();
        RestAssured.baseURI = TestSuite.gateway();
        Browser.ensureImagesFolder();
        shanghai = DealerData.create(DealerData.SH, "M" + RUN);
        DealerData.create(DealerData.BJ, "M" + RUN);
        toApprove = discountedQuote("Approve Chen " + RUN);
        toRefuse = discountedQuote("Refuse Wu " + RUN);
    }

    /** A customer of zhang.min's quoted 10 % off (the limit is 5 %): the quote waits for the manager. */
    static String discountedQuote(String name) {
        String phone =
                "+86137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String lead = as(CONSULTANT)
                .body(Map.of("name", name, "phone", phone, "channel", "MARKETING_EVENT", "consent", true))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> quote = Map.of(
                "leadId",
                lead,
                "modelCode",
                shanghai.values.get("model"),
                "trimCode",
                "STD",
                "colourCode",
                "GREY",
                "discount",
                "10000.00");
        // order-service learns the customer from lead.created
        var created = await().atMost(Duration.ofMinutes(3))
                .until(
                        () -> as(CONSULTANT)
                                .body(quote)
                                .post("/api/v1/quotes")
                                .then()
                                .extract(),
                        r -> r.statusCode() == 201);
        assertEquals("PENDING_APPROVAL", created.path("status"));
        return created.path("id");
    }

    @AfterAll
    static void done() {
        TestSuite.stop();
    }

    static int number(Browser browser, String selector) {
        return Integer.parseInt(browser.text(selector).replaceAll("[^0-9]", ""));
    }

    /**
     * A section whose service did not answer in time shows as a gap (the rest of the page still shows), which a
     * manager cures by loading the page again; on a loaded machine the first report of the day can be that slow.
     * The test does the same, a few times, and fails naming the sections that stay away: the figures below are
     * what it checks, and a dashboard without its funnel has none (a bare timeout said nothing of why).
     */
    static void withoutGaps(Browser browser) {
        for (int tries = 1; browser.page.locator("p.notice .gap").count() > 0; tries++) {
            String gaps = browser.text("p.notice.warn");
            if (tries == 4) {
                throw new AssertionError("the dashboard's sections stay away: " + gaps);
            }
            System.out.printf("ManagerConsoleIT: %s; loading the dashboard again%n", gaps);
            browser.page.waitForTimeout(2_000);
            browser.page.reload();
            browser.page.waitForLoadState(LoadState.NETWORKIDLE);
        }
    }

    static final String QUOTED = "#consultants-table tr[data-consultant='" + CONSULTANT + "'] td.quoted";

    @Test
    void theManagerDecidesTwoDiscountsAndTheDashboardFollows() {
        try (Browser browser = Browser.open("en")) {
            browser.signIn(MANAGER);
            assertEquals("/console/manager", browser.path(), "a manager starts on the dashboard");
            assertEquals("Sales dashboard", browser.text("h1"));
            withoutGaps(browser);
            browser.page.waitForSelector(".chart canvas");
            int quotedBefore = number(browser, QUOTED);
            int waitingBefore = number(browser, "#kpi-approvals");
            assertTrue(waitingBefore >= 2, "both quotes wait: " + waitingBefore);
            assertTrue(
                    browser.text("#complaints-table").contains(shanghai.name), "the dealer's open complaint is listed");
            browser.assertAccessible();

            // the filters: zhang.min's marketing-event leads of this month
            browser.page.selectOption("#consultantId", CONSULTANT);
            browser.page.selectOption("#channel", "MARKETING_EVENT");
            browser.page.click("#dashboard-filters button[type=submit]");
            browser.page.waitForURL(url -> url.contains("channel=MARKETING_EVENT"));
            assertTrue(number(browser, "#kpi-leads") >= 2, "the two customers quoted today came from an event");
            assertEquals(1, browser.page.locator("#consultants-table tbody tr").count(), "only zhang.min's row");
            assertEquals(
                    CONSULTANT_NAME,
                    browser.text("#consultants-table tbody tr th"),
                    "the consultant by the roster's name, not the user id");
            // a period that ends before it starts: lead-service's 400 beside the field
            browser.page.fill("#from", "2026-12-09");
            browser.page.fill("#to", "2026-12-01");
            browser.page.click("#dashboard-filters button[type=submit]");
            browser.page.waitForSelector("#to-error");
            assertEquals("true", browser.page.getAttribute("#to", "aria-invalid"));
            browser.assertAccessible();

            // the inbox: refusing without a reason is refused beside the note; then with one
            // the navigation's menus: "Sales floor" opens and holds the inbox
            browser.page.click("nav.main li.menu-floor summary");
            browser.page.click("nav.main a[href='/console/manager/approvals']");
            browser.page.waitForSelector("#quote-" + toRefuse);
            assertTrue(browser.text("#quote-" + toApprove).contains("Approve Chen " + RUN));
            assertEquals(CONSULTANT_NAME, browser.text("#quote-" + toApprove + " dd.consultant"));
            browser.assertAccessible();
            browser.page.click("#quote-" + toRefuse + " button.refuse");
            browser.page.waitForSelector("#note-error");
            assertEquals("true", browser.page.getAttribute("#note-" + toRefuse, "aria-invalid"));
            browser.assertAccessible();
            browser.screenshot("manager-approvals-error.png");
            browser.page.fill("#note-" + toRefuse, "Above what the brand funds this month");
            browser.page.click("#quote-" + toRefuse + " button.refuse");
            browser.page.waitForSelector("p.notice:has-text('Refused')");
            browser.page.fill("#note-" + toApprove, "Loyal family, second car");
            browser.page.click("#quote-" + toApprove + " button.approve");
            browser.page.waitForSelector("p.notice:has-text('Approved')");
            assertEquals(0, browser.page.locator("#quote-" + toApprove).count(), "a decided quote leaves the inbox");
            assertEquals(
                    "APPROVED",
                    as(MANAGER)
                            .get("/api/v1/quotes/" + toApprove)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("status"));
            assertEquals(
                    "REJECTED",
                    as(MANAGER)
                            .get("/api/v1/quotes/" + toRefuse)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("status"));

            // the dashboard follows: quote.issued reaches lead-service, the customer is quoted
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(
                            () -> {
                                browser.go("/console/manager");
                                return number(browser, QUOTED);
                            },
                            quoted -> quoted == quotedBefore + 1);
            assertEquals(waitingBefore - 2, number(browser, "#kpi-approvals"));
            browser.page.waitForSelector(".chart canvas");
            browser.assertAccessible();
        }
    }

    /**
     * Objections and defeats (docs/process.md): the consultant records an objection on the lead page (a
     * commitment before the lock comes back beside its box), then the defeat to a competitor (the model left out
     * comes back beside its field); the manager confirms it in "Defeats to review", after-sales plans the
     * lost-customer call, and the report shows the competitor.
     */
    @Test
    void anObjectionADefeatAndTheManagersReview() {
        String phone =
                "+86135" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String lead = as(CONSULTANT)
                .body(Map.of("name", "Lost Guo " + RUN, "phone", phone, "channel", "ONLINE", "consent", true))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (Browser browser = Browser.open("en")) {
            browser.signIn(CONSULTANT);
            browser.go("/console/leads/" + lead);
            browser.page.selectOption("#objection-category", "PRICE");
            browser.page.selectOption("#objection-context", "NEGOTIATION");
            browser.page.check("#objector-decides");
            browser.page.check("#commitment");
            browser.page.click("form[action$='/objection'] button[type=submit]");
            browser.page.waitForSelector("#commitmentObtained-error");
            assertEquals("true", browser.page.getAttribute("#commitment", "aria-invalid"));
            browser.assertAccessible();
            browser.page.check("#only-reason");
            browser.page.click("form[action$='/objection'] button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('Objection recorded')");
            browser.page.selectOption("#reason", "BOUGHT_COMPETITOR");
            browser.page.fill("#competitorBrand", "Rival");
            browser.page.click("form[action$='/defeat'] button[type=submit]");
            browser.page.waitForSelector("#competitorModel-error");
            browser.assertAccessible();
            browser.page.fill("#competitorModel", "R" + RUN);
            browser.page.click("form[action$='/defeat'] button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('marked defeated')");
            browser.assertAccessible();
        }
        String defeat = as(MANAGER)
                .get("/api/v1/leads/" + lead)
                .then()
                .statusCode(200)
                .extract()
                .path("defeat.id");
        try (Browser browser = Browser.open("en")) {
            browser.signIn(MANAGER);
            // the dashboard counts the defeats waiting for review and links to them
            browser.go("/console/manager");
            assertTrue(number(browser, "#kpi-defeats") >= 1, "the defeat waits for the manager's review");
            browser.go("/console/manager/defeats");
            assertEquals("Defeats to review", browser.text("h1").replaceAll("\\s*\\d+$", ""));
            assertTrue(browser.text("#defeat-" + defeat).contains("Rival R" + RUN));
            assertTrue(browser.text("#defeat-" + defeat).contains("Price"), "the objection before the defeat");
            browser.assertAccessible();
            browser.page.click("#defeat-" + defeat + " button[value=CONFIRM]");
            browser.page.waitForSelector("p.notice:has-text('Defeat confirmed')");
            assertEquals(0, browser.page.locator("#defeat-" + defeat).count(), "a confirmed defeat leaves the list");
            // the lead page shows the defeat with the manager's review and the objection with its state
            browser.go("/console/leads/" + lead);
            assertTrue(browser.text("#defeat-" + defeat).contains("Confirmed by"), "the review on the lead page");
            assertTrue(browser.text("#objections-h").length() > 0
                    && browser.text("ul.objections").contains("Price"));
            browser.go("/console/manager/defeat-report");
            browser.page.waitForSelector("#defeats-COMPETITOR");
            assertTrue(browser.text("#defeats-COMPETITOR").contains("Rival R" + RUN));
            browser.assertAccessible();
            browser.screenshot("manager-defeat-report.png");
        }
        // after-sales plans the lost-customer call from lead.defeat-reviewed
        await().atMost(Duration.ofMinutes(2))
                .until(
                        () -> as(MANAGER)
                                .get("/api/v1/follow-ups?leadId=" + lead)
                                .then()
                                .statusCode(200)
                                .extract()
                                .<String>path("items[0].purpose"),
                        "LOST_CUSTOMER"::equals);
    }

    /**
     * Campaigns (issue 19): the manager creates one (its last day before its first comes back beside the field),
     * an enquiry through its link on the public form points to it, and the campaign report counts that lead with
     * its cost, the table beside its charts.
     */
    @Test
    void aCampaignItsEnquiryAndItsReport() {
        String name = "Winter fair " + RUN;
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                .minusDays(1)
                .toString();
        String campaign;
        try (Browser browser = Browser.open("en")) {
            browser.signIn(MANAGER);
            browser.go("/console/manager/campaigns");
            assertEquals("Campaigns and marketing events", browser.text("h1"));
            browser.assertAccessible();
            browser.page.fill("#name", name);
            browser.page.selectOption("#channel", "MARKETING_EVENT");
            browser.page.fill("#startsOn", today);
            browser.page.fill("#endsOn", yesterday);
            browser.page.fill("#budget", "30000");
            browser.page.click("#campaign-form button[type=submit]");
            browser.page.waitForSelector("#endsOn-error");
            assertEquals("true", browser.page.getAttribute("#endsOn", "aria-invalid"));
            browser.assertAccessible();
            browser.page.fill("#endsOn", today);
            browser.page.click("#campaign-form button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('campaign is saved')");
            campaign =
                    browser.page.locator("tr:has-text('" + name + "')").first().getAttribute("data-campaign");
        }
        try (Browser customer = Browser.open("en", Browser.PHONE)) {
            customer.go("/enquiry?dealer=dealer-sh-01&campaign=" + campaign);
            customer.page.fill("#name", "Fair Visitor " + RUN);
            customer.page.fill("#phone", "139" + RUN + "77");
            customer.page.check("#consent");
            customer.page.click("form.stack button[type=submit]");
            customer.page.waitForSelector("h1:has-text('Thank you, we will be in touch')");
        }
        try (Browser browser = Browser.open("zh-CN")) {
            browser.signIn(MANAGER);
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> {
                        browser.go("/console/manager/campaign-report");
                        String cell = "tr[data-campaign='" + campaign + "'] td.leads";
                        return browser.page.locator(cell).count() > 0 && "1".equals(browser.text(cell));
                    });
            assertEquals("市场活动：潜客与成本", browser.text("h1"));
            browser.assertAccessible();
            browser.screenshot("manager-campaign-report.png");
        }
    }

    /**
     * Stock received in the console (seed 004 §6.3, §6.5): a customer of zhang.min's has signed and paid the deposit for
     * a car the dealer does not have. The manager announces one in transit on the stock page (first with a VIN whose
     * check digit is wrong: order-service's refusal comes back beside the VIN, what was typed kept), sees it incoming
     * with its ETA, marks it arrived, and the page names the order it went to at once (order-service: ALLOCATED with
     * that VIN). The consultant then changes the order's delivery method on the order page.
     */
    @Test
    void aCarReceivedGoesToTheOrderWaitingForItAndTheDeliveryMethodChanges() {
        String model = shanghai.values.get("model");
        String phone =
                "+86137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String lead = as(CONSULTANT)
                .body(Map.of("name", "Waiting Sun " + RUN, "phone", phone, "channel", "PHONE", "consent", true))
                .post("/api/v1/leads")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Map<String, Object> configuration =
                Map.of("leadId", lead, "modelCode", model, "trimCode", "STD", "colourCode", "GREY");
        String quote = await().atMost(Duration.ofMinutes(3))
                .until(
                        () -> as(CONSULTANT)
                                .body(configuration)
                                .post("/api/v1/quotes")
                                .then()
                                .extract(),
                        r -> r.statusCode() == 201)
                .path("id");
        String order = as(CONSULTANT)
                .body(Map.of("quoteId", quote, "depositAmount", "1000.00"))
                .post("/api/v1/orders")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String number = as(CONSULTANT)
                .body(Map.of("customerSignatory", "Waiting Sun"))
                .post("/api/v1/orders/" + order + "/signature")
                .then()
                .statusCode(200)
                .extract()
                .path("orderNumber");
        as(CONSULTANT)
                .body(Map.of("amount", "1000.00", "method", "CASH"))
                .post("/api/v1/orders/" + order + "/deposit")
                .then()
                .statusCode(200);
        String vin = dev.showroom.suite.demo.Vins.of(ThreadLocalRandom.current().nextInt(1_000_000, 9_000_000));
        String wrongCheckDigit = vin.substring(0, 8) + (vin.charAt(8) == '0' ? '1' : '0') + vin.substring(9);
        String eta = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                .plusDays(5)
                .toString();
        try (Browser browser = Browser.open("en")) {
            browser.signIn(MANAGER);
            browser.go("/console/manager/stock?model=" + model);
            assertEquals("Stock and cars incoming", browser.text("h1"));
            browser.assertAccessible();
            browser.page.fill("#vin", wrongCheckDigit);
            browser.page.selectOption("#trimCode", "STD");
            browser.page.selectOption("#colourCode", "GREY");
            browser.page.selectOption("#status", "IN_TRANSIT");
            browser.page.fill("#arrivalDate", eta);
            browser.page.click("#receive-form button[type=submit]");
            browser.page.waitForSelector("#vin-error");
            assertEquals("true", browser.page.getAttribute("#vin", "aria-invalid"));
            assertEquals(wrongCheckDigit, browser.page.inputValue("#vin"), "the VIN typed stays");
            browser.assertAccessible();
            browser.screenshot("manager-stock-vin-error.png");
            browser.page.fill("#vin", vin);
            browser.page.click("#receive-form button[type=submit]");
            browser.page.waitForSelector("#received");
            assertTrue(browser.text("#received").contains("on its way, expected on " + eta), browser.text("#received"));
            assertTrue(browser.text("#car-" + vin).contains(eta), "the car incoming with its ETA");
            browser.assertAccessible();
            // the car arrives: it goes at once to the order that waited for it
            browser.page.click("#car-" + vin + " button[type=submit]");
            browser.page.waitForSelector("#received-order");
            assertTrue(browser.text("#received-order").contains(number), browser.text("#received-order"));
            browser.assertAccessible();
            browser.screenshot("manager-stock.png");
        }
        as(MANAGER)
                .get("/api/v1/orders/" + order)
                .then()
                .statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("ALLOCATED"))
                .body("allocation.vin", org.hamcrest.Matchers.equalTo(vin))
                .body("deliveryMethod", org.hamcrest.Matchers.equalTo("SHOWROOM_CEREMONY"));
        // the customer wants the car brought to another city: the consultant changes the delivery method
        try (Browser browser = Browser.open("en")) {
            browser.signIn(CONSULTANT);
            browser.go("/console/orders/" + order);
            assertTrue(browser.text("#order-delivery-method").contains("Handover ceremony in the showroom"));
            browser.page.click("#delivery-method summary");
            browser.page.selectOption("#deliveryMethod", "CARRIER_TRANSPORT");
            browser.assertAccessible();
            browser.page.click("#delivery-method-form button[type=submit]");
            browser.page.waitForSelector("#delivery-method-changed");
            assertTrue(browser.text("#order-delivery-method").contains("Carrier transport"));
            browser.assertAccessible();
        }
        as(CONSULTANT)
                .get("/api/v1/orders/" + order)
                .then()
                .statusCode(200)
                .body("deliveryMethod", org.hamcrest.Matchers.equalTo("CARRIER_TRANSPORT"));
    }

    @Test
    void theMorningChecklistWithAFailureItsOwnerAndItsAction() {
        try (Browser browser = Browser.open("en")) {
            browser.signIn(MANAGER);
            browser.go("/console/manager/checklist");
            assertEquals("Opening checklist", browser.text("h1"));
            browser.assertAccessible();
            // a failure without its owner: visit-service names the row, the form shows it beside that item
            var failed =
                    browser.page.locator("#checklist-form input[name=failed]").first();
            String item = failed.getAttribute("value");
            failed.check();
            browser.page.fill("#note-" + item, "Film still on the new display car");
            browser.page.click("#checklist-form button[type=submit]");
            browser.page.waitForSelector("#ownerId-" + item + "-error");
            assertEquals("true", browser.page.getAttribute("#ownerId-" + item, "aria-invalid"));
            assertTrue(browser.page.isChecked("#failed-" + item), "what was ticked stays ticked");
            browser.assertAccessible();
            browser.page.fill("#ownerId-" + item, CONSULTANT);
            browser.page.click("#checklist-form button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('morning run is recorded')");
            assertEquals("1", browser.text("#checklist-failed"));
            String action = browser.page
                    .locator("ul.actions-list li:has-text('" + CONSULTANT_NAME + "')")
                    .first()
                    .getAttribute("id")
                    .substring("action-".length());
            browser.assertAccessible();
            browser.page.fill("#closeNote-" + action, "Film removed at 9:10");
            browser.page.click("#action-" + action + " button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('action is closed')");
            assertEquals(0, browser.page.locator("#action-" + action).count(), "a closed action leaves the list");
        }
    }

    @Test
    void targetsRotasAndSettings() {
        try (Browser browser = Browser.open("en")) {
            browser.signIn(MANAGER);
            // a target below zero is lead-service's 400 beside the field; six orders are worked back
            browser.go("/console/manager/targets");
            String sales = "[id='sales-" + CONSULTANT + "']";
            browser.page.fill(sales, "-1");
            browser.page.click("tr[data-consultant='" + CONSULTANT + "'] button[type=submit]");
            browser.page.waitForSelector("#sales-error");
            assertEquals("true", browser.page.getAttribute(sales, "aria-invalid"));
            browser.assertAccessible();
            browser.page.fill(sales, "6");
            browser.page.click("tr[data-consultant='" + CONSULTANT + "'] button[type=submit]");
            browser.page.waitForSelector("p.notice:has-text('target is saved')");
            assertTrue(
                    browser.text("tr[data-consultant='" + CONSULTANT + "'] td.signed")
                            .contains("/ 6"),
                    browser.text("tr[data-consultant='" + CONSULTANT + "'] td.signed"));
            browser.assertAccessible();
            // the roster and the duty (looked at, not changed: the other tests' leads go round them)
            browser.go("/console/manager/rota");
            assertEquals("Roster and duty", browser.text("h1"));
            browser.assertAccessible();
            // a discount limit above 100 % is order-service's 400 beside its field; nothing is changed
            String limit = as(MANAGER)
                    .get("/api/v1/orders/settings")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("consultantDiscountLimitPercent");
            browser.go("/console/manager/settings");
            browser.page.fill("#orders-consultantDiscountLimitPercent", "150");
            browser.page.click("#settings-orders button[type=submit]");
            browser.page.waitForSelector("#orders-consultantDiscountLimitPercent-error");
            assertEquals(
                    "150", browser.page.inputValue("#orders-consultantDiscountLimitPercent"), "what was typed stays");
            browser.assertAccessible();
            assertEquals(
                    limit,
                    as(MANAGER)
                            .get("/api/v1/orders/settings")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("consultantDiscountLimitPercent"));
            // the dealer's profile is one form: an unknown time zone is lead-service's 400 beside its field
            String zone = as(MANAGER)
                    .get("/api/v1/dealer/profile")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("timeZone");
            browser.go("/console/manager/settings");
            browser.page.fill("#profile-timeZone", "Mars/Olympus");
            browser.page.click("#settings-profile button[type=submit]");
            browser.page.waitForSelector("#profile-timeZone-error");
            assertEquals("Mars/Olympus", browser.page.inputValue("#profile-timeZone"), "what was typed stays");
            assertEquals(
                    zone,
                    as(MANAGER)
                            .get("/api/v1/dealer/profile")
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("timeZone"));
        }
    }

    /**
     * Messages to customers (issue 20) and the manager's menus: the navigation's menus open by keyboard and hold
     * every page; the dealer's template is refused beside its text for an unknown placeholder, then saved and shown,
     * and a change made meanwhile is said so; a consenting customer's message sent through the API is in their history,
     * and one more sent from the customer's page appears there; the
     * message report and the no-shows per consultant show their figures.
     */
    @Test
    void messagesToCustomersTheirTemplatesAndTheNoShows() {
        try (Browser browser = Browser.open("en")) {
            browser.signIn(MANAGER);
            // the menus by keyboard: Enter opens "Settings", Escape closes it again
            browser.page.focus("nav.main li.menu-settings summary");
            browser.page.keyboard().press("Enter");
            browser.page.waitForSelector("nav.main li.menu-settings a[href='/console/messages/templates']");
            browser.assertAccessible();
            browser.page.keyboard().press("Escape");
            assertEquals(
                    null,
                    browser.page.getAttribute("nav.main li.menu-settings details", "open"),
                    "Escape closes the menu");
            browser.page.click("nav.main li.menu-settings summary");
            browser.page.click("nav.main li.menu-settings a[href='/console/messages/templates']");
            browser.page.waitForSelector("#template-form");
            assertEquals("Message templates", browser.text("h1"));
            browser.assertAccessible();

            // the English holiday greeting (the dealer writes in Chinese first: no customer gets these words)
            browser.go("/console/messages/templates?kind=HOLIDAY_GREETING&language=en");
            browser.page.fill("#body", "Dear {name}, happy {holiday}!");
            browser.page.click("#template-form button[type=submit]");
            browser.page.waitForSelector("#body-error");
            assertEquals("true", browser.page.getAttribute("#body", "aria-invalid"));
            assertTrue(browser.text("#body-error").contains("{holiday}"), browser.text("#body-error"));
            browser.assertAccessible();
            String words = "Dear {name}, happy {occasion} from all of us " + RUN + "!";
            browser.page.fill("#body", words);
            browser.page.click("#template-form button[type=submit]");
            browser.page.waitForSelector("#template-saved");
            assertEquals(words, browser.page.inputValue("#body"));
            assertTrue(browser.text("#template-HOLIDAY_GREETING-en").contains("own"));
            // changed meanwhile (through the API): the form's version is stale, the page says so
            as(MANAGER)
                    .body(Map.of("kind", "HOLIDAY_GREETING", "language", "en", "body", words + " (2)"))
                    .put("/api/v1/message-templates")
                    .then()
                    .statusCode(200);
            browser.page.fill("#body", words + " (3)");
            browser.page.click("#template-form button[type=submit]");
            browser.page.waitForSelector(".form-errors:has-text('changed this meanwhile')");
            assertEquals(words + " (2)", browser.page.inputValue("#body"), "the template as it is now");
            browser.assertAccessible();
            browser.screenshot("manager-message-templates.png");

            // the customer's history: a consenting customer's thank-you (sent through the API once after-sales
            // knows the customer from lead.contact) is there
            String phone =
                    "+86136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            String lead = as(CONSULTANT)
                    .body(Map.of("name", "Message Qian " + RUN, "phone", phone, "channel", "ONLINE", "consent", true))
                    .post("/api/v1/leads")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofSeconds(2))
                    .until(
                            () -> as(MANAGER)
                                    .body(Map.of("leadId", lead, "kind", "VISIT_THANK_YOU"))
                                    .post("/api/v1/messages")
                                    .then()
                                    .extract()
                                    .statusCode(),
                            status -> status == 201);
            browser.go("/console/messages?leadId=" + lead);
            assertTrue(
                    browser.page
                                    .locator("#messages tr[data-kind='VISIT_THANK_YOU']")
                                    .count()
                            > 0,
                    browser.text("main"));
            int before = browser.page.locator("#messages tbody tr").count();
            browser.assertAccessible();
            browser.page.selectOption("#send-kind", "DELIVERY_INVITATION");
            browser.page.fill("#time", "12月8日 10:00");
            browser.page.click("#send-form button[type=submit]");
            browser.page.waitForSelector("#message-sent");
            assertTrue(
                    browser.page
                                    .locator("#messages tr[data-kind='DELIVERY_INVITATION']")
                                    .count()
                            > 0,
                    "the invitation is in the customer's history");
            assertTrue(!browser.text("#messages").contains("/messages/stop/"), "the opt-out link is not shown");
            // the list of all messages leads to the customer's
            browser.go("/console/messages?kind=DELIVERY_INVITATION");
            assertTrue(browser.page
                            .locator("#messages a[href='/console/messages?leadId=" + lead + "']")
                            .count()
                    > 0);
            browser.assertAccessible();
            // the days they were queued on: today's has it, a past month's has none
            String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                    .toString();
            browser.go("/console/messages?kind=DELIVERY_INVITATION&from=" + today + "&to=" + today);
            assertEquals(today, browser.page.inputValue("#from"));
            assertTrue(browser.page
                            .locator("#messages a[href='/console/messages?leadId=" + lead + "']")
                            .count()
                    > 0);
            browser.assertAccessible();
            browser.go("/console/messages?kind=DELIVERY_INVITATION&from=2020-01-01&to=2020-01-31");
            browser.page.waitForSelector("#messages-none");

            // the report counts them; the no-shows per consultant (visit-service) show their figures
            browser.page.click("nav.main li.menu-reports summary");
            browser.page.click("nav.main li.menu-reports a[href='/console/messages/report']");
            browser.page.waitForSelector("#messages-by-kind");
            assertTrue(number(browser, "#kpi-messages") >= before + 1);
            browser.assertAccessible();
            browser.go("/console/manager/no-shows");
            assertEquals("No-shows", browser.text("h1"));
            number(browser, "#kpi-booked");
            number(browser, "#kpi-no-shows");
            browser.assertAccessible();
            // a period that ends before it starts: visit-service's 400 beside the field
            browser.go("/console/manager/no-shows?from=2026-12-09&to=2026-12-01");
            browser.page.waitForSelector("#to-error");
            browser.assertAccessible();
        } finally {
            // back to the default words
            as(MANAGER)
                    .body(Map.of("kind", "HOLIDAY_GREETING", "language", "en", "body", ""))
                    .put("/api/v1/message-templates");
        }
    }

    @Test
    void theScreensInChinese() {
        try (Browser browser = Browser.open("zh-CN")) {
            browser.signIn(MANAGER);
            assertEquals("销售看板", browser.text("h1"));
            assertTrue(browser.text("#funnel-table").contains("潜客"));
            browser.assertAccessible();
            browser.go("/console/manager/approvals");
            assertTrue(browser.text("h1").startsWith("待审批折扣"));
            browser.assertAccessible();
        }
        try (Browser browser = Browser.open("zh-CN")) {
            browser.signIn(HQ);
            assertEquals("跨经销商", browser.text("h1"));
            assertTrue(browser.text("#hq-funnel-table").contains("品牌合计"));
            browser.assertAccessible();
        }
    }

    @Test
    void headquartersSeesEveryDealerAndNoManagersScreen() {
        try (Browser browser = Browser.open("en")) {
            browser.signIn(HQ);
            assertEquals("/console/hq", browser.path(), "hq starts on the view across dealers");
            browser.page.waitForSelector(".chart canvas");
            assertTrue(browser.text("#hq-funnel-table tr[data-dealer='dealer-sh-01']")
                    .contains("Showroom Shanghai Pudong"));
            assertTrue(browser.text("#hq-funnel-table tr[data-dealer='dealer-bj-02']")
                    .contains("Showroom Beijing Chaoyang"));
            int sum = browser.page.locator("#hq-funnel-table tbody tr td:nth-of-type(1)").allTextContents().stream()
                    .mapToInt(t -> Integer.parseInt(t.trim()))
                    .sum();
            assertEquals(sum, number(browser, "#hq-total-leads"), "the brand's total is the dealers' sum");
            assertTrue(browser.text("main").contains("Per step"));
            assertTrue(!browser.text("main").contains(shanghai.name), "hq sees no customer");
            browser.assertAccessible();
            browser.screenshot("hq-dealers.png");
            // the defeats across dealers: per reason, competitor, model and stage reached, counts only
            browser.go("/console/hq/defeats");
            browser.page.waitForSelector("#hq-defeats-REASON");
            assertTrue(browser.text("#hq-defeats-REASON").contains("Showroom Shanghai Pudong"));
            assertTrue(!browser.text("main").contains(shanghai.name), "hq sees no customer");
            browser.assertAccessible();
            // the manager's screens are not hq's: the services refuse, the console says so
            browser.go("/console/manager");
            assertEquals("Not available to your role", browser.text("h1"));
        }
    }
}
