package dev.showroom.web;

import static dev.showroom.web.SalesPagesRenderTest.renders;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The pages of messages to customers (templates, history, a customer's messages, the report) and the no-shows
 * report render (strict rendering) in both languages with sample answers, with the services' refusals beside
 * their fields. ManagerConsoleIT does the same against the real suite.
 */
@QuarkusTest
class MessagingPagesRenderTest {

    @Test
    void theTemplatesEditor() {
        renders(
                "/test-render/messaging/templates",
                "en",
                "Message templates",
                "Saved: the next messages of this kind use these words.",
                "href=\"/console/messages/templates?kind=HOLIDAY_GREETING&amp;language=en\" aria-current=\"true\"",
                "Thank-you after a visit",
                "The dealer&#39;s own",
                "Default",
                "action=\"/console/messages/templates\"",
                "name=\"version\" value=\"3\"",
                "name=\"kind\" value=\"HOLIDAY_GREETING\"",
                "value=\"Season&#39;s greetings\"",
                "Dear {name}, happy {occasion}! {optOutLink}</textarea>",
                "Placeholders: {name} {time} {date} {model} {link} {occasion} {optOutLink}.",
                "last changed by Hao Sun");
        renders("/test-render/messaging/templates", "zh-CN", "消息模板", "节日问候", "到店感谢", "保存模板", "占位符：{name}");
        // an unknown placeholder beside the text, with what was typed kept
        renders(
                "/test-render/messaging/templates/refused",
                "en",
                "id=\"body-error\"",
                "aria-invalid=\"true\"",
                "Not a placeholder this message knows ({holiday} is not a placeholder",
                "Dear {name}, happy {holiday}!</textarea>");
        renders("/test-render/messaging/templates/refused", "zh-CN", "不是本消息可用的占位符");
        // changed meanwhile: said above the form
        renders("/test-render/messaging/templates/stale", "en", "Someone changed this meanwhile");
        // ... and no field is marked, so the summary does not ask to correct "the fields marked below"
        given().header("Accept-Language", "en")
                .get("/test-render/messaging/templates/stale")
                .then()
                .body(not(containsString("correct the fields marked below")));
        // customer care reads the words, without a form
        renders("/test-render/messaging/templates/read-only", "en", "A manager changes the templates.", "感谢您的光临");
        given().get("/test-render/messaging/templates/read-only")
                .then()
                .body(not(containsString("id=\"template-form\"")));
    }

    @Test
    void theHistoryWithoutTheCustomersLinks() {
        renders(
                "/test-render/messaging/messages",
                "en",
                "Messages to customers",
                "id=\"messages-count\">41<",
                "Greeting queued for 12 customer(s); 3 had it already.",
                "<option value=\"DELIVERED\" selected>Delivered</option>",
                "<option value=\"SMS\" selected>Text message</option>",
                "href=\"/console/messages?leadId=3f1c2a4e-0b7d-4c55-9a61-2b8e0d9c7f10\">Zhou Min</a>",
                "Survey link",
                "Holiday greeting",
                "the provider refused the number",
                "Dear Zhou Min, tell us how it went: […] Stop: […]",
                // 41 messages, 20 a page, the filter and the period kept
                "id=\"from\" name=\"from\" type=\"date\" value=\"2026-12-01\"",
                "href=\"/console/messages?status=DELIVERED&amp;channel=SMS&amp;from=2026-12-01&amp;to=2026-12-04&amp;page=1\" rel=\"next\"",
                "action=\"/console/messages/greetings\"");
        // the survey's and the opt-out link are the customer's: never on a staff page
        given().get("/test-render/messaging/messages")
                .then()
                .body(not(containsString("SECRET-TOKEN")), not(containsString("OPT-TOKEN")));
        renders("/test-render/messaging/messages", "zh-CN", "客户消息", "已为 12 位客户排队发送问候", "满意度调查链接", "短信");
        // a period after-sales refuses: said beside "to", what was typed kept
        renders(
                "/test-render/messaging/messages/period-refused",
                "en",
                "id=\"to\" name=\"to\" type=\"date\" value=\"2026-12-01\" aria-invalid=\"true\" aria-describedby=\"to-error\"",
                "id=\"to-error\"");
        renders(
                "/test-render/messaging/messages/greeting-refused",
                "en",
                "No message matches.",
                "id=\"occasion-error\"",
                "Please fill this in.");
    }

    @Test
    void aCustomersMessagesAndSendingOne() {
        renders(
                "/test-render/messaging/customer",
                "en",
                "The customer&#39;s messages",
                "id=\"customer-name\">Zhou Min<",
                "Not sent: the customer opted out of messages.",
                "action=\"/console/messages/send\"",
                "name=\"leadId\" value=\"3f1c2a4e-0b7d-4c55-9a61-2b8e0d9c7f10\"",
                "name=\"idempotencyKey\" value=\"K-3\"",
                "<option value=\"DELIVERY_INVITATION\" selected>Delivery invitation</option>");
        // a survey's link is sent from the survey's page, which never shows it; no greeting from one customer's page
        String page = given().get("/test-render/messaging/customer").asString();
        String sendKinds = page.substring(page.indexOf("id=\"send-kind\""));
        sendKinds = sendKinds.substring(0, sendKinds.indexOf("</select>"));
        assertFalse(sendKinds.contains("SURVEY_LINK"), sendKinds);
        assertFalse(page.contains("greet-form"));
        renders("/test-render/messaging/customer", "zh-CN", "该客户的消息", "未发送：客户已退订消息。", "交车邀请");
        renders(
                "/test-render/messaging/customer/refused",
                "en",
                "id=\"time-error\"",
                "This is too long or too short.",
                "href=\"/console/leads/3f1c2a4e-0b7d-4c55-9a61-2b8e0d9c7f10\"");
    }

    @Test
    void theMessageReport() {
        renders(
                "/test-render/messaging/report",
                "en",
                "Message report",
                "id=\"kpi-messages\">9<",
                "id=\"kpi-opt-outs\">3<",
                "id=\"kpi-consenting\">57<",
                "data-chart=\"bars\" data-table=\"messages-by-kind\"",
                "<tr data-kind=\"VISIT_THANK_YOU\"><th scope=\"row\">Thank-you after a visit</th><td class=\"num\">0</td><td class=\"num\">1</td><td class=\"num\" data-value=\"5\">5</td><td class=\"num\" data-value=\"0\">0</td><td class=\"num\">6</td></tr>",
                "<tr data-channel=\"SMS\">",
                "Replied STOP",
                "<tr data-kind=\"DELIVERY_DELAYED\"><th scope=\"row\">Delivery delayed</th>",
                "The link in a message");
        renders("/test-render/messaging/report", "zh-CN", "消息报表", "按类型统计", "回复退订", "已送达");
        renders("/test-render/messaging/report/bad-period", "en", "from-error", "value=\"2026-12-09\"");
    }

    @Test
    void theNoShowsPerConsultant() {
        renders(
                "/test-render/manager/no-shows",
                "en",
                "No-shows per consultant",
                "id=\"kpi-booked\">10<",
                "id=\"kpi-no-shows\">3<",
                "id=\"kpi-no-show-rate\">33.3 %<",
                "<tr data-consultant=\"li.wei\"><th scope=\"row\">Wei Li</th><td class=\"num\">7</td>",
                "data-chart=\"bars\" data-table=\"no-shows\"",
                "Reminded, did not come");
        renders("/test-render/manager/no-shows", "zh-CN", "爽约统计", "爽约率", "提醒后仍未到");
        renders("/test-render/manager/no-shows/bad-period", "en", "from-error", "value=\"2026-12-09\"");
    }
}
