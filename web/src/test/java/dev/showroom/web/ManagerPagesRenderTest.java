package dev.showroom.web;

import static dev.showroom.web.SalesPagesRenderTest.renders;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The manager's and hq's screens render (strict rendering) in both languages with sample reports, with the
 * figures in the tables the charts are drawn from, a service that did not answer said on the page, and the
 * refusals of the services beside their fields. ManagerConsoleIT does the same against the real suite.
 */
@QuarkusTest
class ManagerPagesRenderTest {

    @Test
    void theDashboard() {
        renders(
                "/test-render/manager/dashboard",
                "en",
                "Sales dashboard",
                "id=\"funnel-table\"",
                "data-chart=\"funnel\" data-table=\"funnel-table\"",
                "<td class=\"num\" data-value=\"20\">20</td>",
                "60.0 %",
                "Marketing event",
                "91.7 %",
                "87.5",
                "late by 6 h",
                "22 h left",
                "acknowledged",
                "escalated",
                "id=\"kpi-approvals\">2<",
                // the defeats waiting for review (a link to the queue) and the objections still open
                "href=\"/console/manager/defeats\"",
                "id=\"kpi-defeats\">3<",
                "Defeats to review",
                "id=\"kpi-objections\">5<",
                "Open objections",
                "id=\"kpi-leads\">20<",
                "id=\"kpi-ordered\">3<",
                "href=\"/console/manager?from=2026-12-01&amp;to=2026-12-04\" aria-current=\"true\">This month",
                "href=\"/console/manager?from=2026-11-01&amp;to=2026-11-30\">Last month",
                "href=\"/console/care/complaints/C1\"",
                // who handles the complaint, by name
                "<td>Jing Zhou</td>",
                "/webjars/echarts/",
                "/static/charts.js",
                // every table of figures can be downloaded as CSV (console.js adds the button, in the page's language)
                "<table class=\"list figures\" id=\"funnel-table\" data-export>",
                "<table class=\"list figures\" id=\"traffic-days\" data-export>",
                "<meta name=\"showroom-csv\" content=\"Download as CSV\">",
                "Presented",
                // the showroom traffic: walk-ins, capture rate and conversions, per day and consultant
                "Showroom traffic",
                "id=\"kpi-walk-ins\">9<",
                "id=\"kpi-capture\">77.8 %<",
                "data-chart=\"days\" data-table=\"traffic-days\" data-columns=\"1,6\" data-from=\"2026-12-02\" data-to=\"2026-12-04\"",
                // the days with walk-ins are listed; the quiet one is counted, not listed (the chart draws it as 0)
                "<time datetime=\"2026-12-02\">2026-12-02</time>",
                "<time datetime=\"2026-12-04\">2026-12-04</time>",
                "One day of the period without walk-ins is not listed",
                // a consultant by the roster's name (StaffNames), the user id kept as the row's key and the filter's
                // value
                "<tr data-consultant=\"li.wei\"><th scope=\"row\">Wei Li</th>",
                "<tr data-consultant=\"zhang.min\"><th scope=\"row\">Min Zhang</th>",
                "<option value=\"zhang.min\">Min Zhang</option>",
                "Needs analysed",
                "Price before value",
                "<td class=\"num price-before-value warn\">1</td>",
                // links to each section, each to a heading that is on the page
                "aria-label=\"On this page\"",
                "href=\"#funnel-h\">Funnel<",
                "href=\"#channels-h\"",
                "href=\"#traffic-h\"",
                "href=\"#consultants-h\"",
                "href=\"#satisfaction-h\"",
                "href=\"#complaints-h\"",
                "id=\"funnel-h\"",
                "id=\"channels-h\"",
                "id=\"traffic-h\"",
                "id=\"consultants-h\"",
                "id=\"satisfaction-h\"",
                "id=\"complaints-h\"");
        renders(
                "/test-render/manager/dashboard",
                "zh-CN",
                "本页内容",
                "销售看板",
                "待审核战败",
                "未解决异议",
                "销售漏斗",
                "市场活动",
                "已超时 6 小时",
                "接待",
                "产品介绍",
                "Min Zhang",
                "展厅客流",
                "本期另有 1 天无人进店",
                "<meta name=\"showroom-csv\" content=\"下载 CSV\">",
                "留档率",
                "需求分析",
                "先谈价格");
        // a chart is an image with a name, its table has a caption and headed rows
        given().header("Accept-Language", "en")
                .get("/test-render/manager/dashboard")
                .then()
                .body(
                        containsString("role=\"img\" aria-label="),
                        containsString("<caption>"),
                        containsString("<th scope=\"row\">Min Zhang</th>"),
                        not(containsString(">zhang.min<")),
                        not(containsString("<time datetime=\"2026-12-03\">")),
                        containsString("No consultant yet"));
    }

    @Test
    void aDashboardWithServicesMissingAndABadPeriod() {
        renders(
                "/test-render/manager/dashboard/gaps",
                "en",
                "Not available now:",
                "checkpoint compliance",
                "from-error",
                "aria-invalid=\"true\"",
                "<option value=\"zhang.min\" selected>Min Zhang</option>",
                "<option value=\"WALK_IN\" selected>",
                "Reset",
                "id=\"kpi-defeats\">—<",
                "/console/manager?from=2026-09-06&amp;to=2026-12-04&amp;consultantId=zhang.min&amp;channel=WALK_IN");
        given().header("Accept-Language", "en")
                .get("/test-render/manager/dashboard/gaps")
                .then()
                .body(not(containsString("<th scope=\"row\">Wei Li</th>")));
        renders("/test-render/manager/dashboard/gaps", "zh-CN", "暂时无法获取", "检查点达标率");
    }

    @Test
    void defeatsToReviewAndTheReport() {
        renders(
                "/test-render/manager/defeats",
                "en",
                "Defeats to review",
                "Sun Hao",
                "Bought a competitor&#39;s car (BYD Seal)",
                "Test-driven",
                "Price (Negotiation)",
                "value=\"CONFIRM\"",
                "value=\"REOPEN\"",
                "action=\"/console/manager/defeats/D1\"",
                "for=\"consultant-D1\"",
                "<dd class=\"consultant\">Wei Li</dd>",
                "<option value=\"li.wei\">Wei Li</option>",
                // not on the roster: the user id
                "<option value=\"wang.fang\">wang.fang</option>",
                "Defeat confirmed");
        renders("/test-render/manager/defeats", "zh-CN", "待审核战败", "已购竞品", "确认战败");
        renders(
                "/test-render/manager/defeats/refused",
                "en",
                "consultantId-error",
                "aria-invalid=\"true\"",
                "not an active consultant");
        renders(
                "/test-render/manager/defeat-report",
                "en",
                "Defeats by reason",
                "Competitors bought",
                "BYD Seal",
                "data-chart=\"bars\"",
                "data-table=\"defeats-REASON\"",
                "data-value=\"3\"",
                "75.0 %",
                "Objections by category",
                "Before a defeat",
                // beside the defeats, what the lost customers said in after-sales' survey
                "What lost customers said",
                "id=\"kpi-lost-sent\">3<",
                "Our offer against the one they chose",
                "The rival gave a free wallbox",
                "Call back sooner",
                "href=\"/console/leads/L9\">Gao Lin</a>");
        renders("/test-render/manager/defeat-report", "zh-CN", "战败与异议", "按原因统计战败", "战败前", "流失客户的反馈");
        renders("/test-render/manager/defeat-report/bad-period", "en", "from-error", "value=\"2026-13-01\"");
        given().header("Accept-Language", "en")
                .get("/test-render/manager/defeat-report/bad-period")
                .then()
                .body(not(containsString("What lost customers said")));
    }

    @Test
    void alertsAndResponseTimes() {
        renders(
                "/test-render/manager/alerts",
                "en",
                "Alerts and response times",
                "Hot lead past its follow-up",
                "Not contacted in time",
                "Sun Hao",
                "href=\"/console/leads/L2\"",
                "action=\"/console/manager/alerts/A1\"",
                "name=\"version\"",
                "Alert acknowledged.",
                "Response time by channel",
                "Response time by consultant",
                "within 30 minutes",
                "<td>Wei Li</td>",
                "<td>wang.fang</td>",
                "<th scope=\"row\">Wei Li</th>",
                "id=\"response-CHANNEL\"");
        renders("/test-render/manager/alerts", "zh-CN", "提醒与响应时间", "高意向客户超期未跟进", "按渠道统计响应时间");
        renders("/test-render/manager/alerts/bad-period", "en", "from-error", "value=\"2026-13-01\"", "No alert waits");
    }

    @Test
    void theReceivables() {
        renders(
                "/test-render/manager/receivables",
                "en",
                "Receivables: who owes what, since when",
                "160,000.00",
                "61–90 days",
                "id=\"ageing-table\"",
                "href=\"/console/orders/O2\"",
                "Qian Li",
                "<th scope=\"row\">Wei Li</th>",
                "<td>Wei Li</td>",
                "released",
                "Approved");
        renders("/test-render/manager/receivables", "zh-CN", "应收账款", "90 天以上", "已批准");
    }

    @Test
    void theApprovalsInbox() {
        renders(
                "/test-render/manager/approvals",
                "en",
                "Discounts to approve",
                "Approved: the quote is issued",
                "Zhou Min · Aurora Luxury",
                "9.5 %",
                "5.0 %",
                "value=\"APPROVED\"",
                "value=\"REJECTED\"",
                "action=\"/console/manager/approvals/Q1\"",
                "for=\"note-Q1\"",
                "<dd class=\"consultant\">Min Zhang</dd>");
        renders(
                "/test-render/manager/approvals/refused-without-reason",
                "en",
                "note-error",
                "aria-invalid=\"true\"",
                "typed before",
                "The 1 oldest of 60 are shown.");
        renders("/test-render/manager/approvals/refused-without-reason", "zh-CN", "待审批折扣", "批准", "拒绝");
        renders("/test-render/manager/approvals/none", "zh-CN", "没有等待您审批的报价", "该报价已由他人处理");
    }

    @Test
    void headquartersAcrossDealers() {
        renders(
                "/test-render/hq",
                "en",
                "Across dealers",
                "Brand total",
                "id=\"hq-total-leads\">30<",
                "dealer-bj-01",
                "81.3",
                "75.0 %",
                "Reception (CSI)",
                "/console/hq?from=2026-11-01&amp;to=2026-11-30",
                "Phone checkpoints",
                "data-table=\"hq-funnel-table\"");
        renders("/test-render/hq", "zh-CN", "跨经销商", "品牌合计", "到店检查点");
        renders("/test-render/hq/gaps", "en", "to-error", "Not available now:", "value=\"2026-12-09\"");
    }

    @Test
    void theProductKnowledgeEditor() {
        renders(
                "/test-render/manager/product-knowledge",
                "en",
                "Product knowledge",
                "Saved: consultants present it from now on.",
                "href=\"/console/manager/product-knowledge?model=AURORA\" aria-current=\"true\"",
                "action=\"/console/manager/product-knowledge/AURORA\"",
                "name=\"version\" value=\"3\"",
                "The family EV that goes a week on one charge",
                "name=\"p0.id\" value=\"P-1\"",
                "value=\"600 km range\"",
                "value=\"FAMILY_TRIP, COMMUTE\"",
                "<option value=\"LONG_RANGE\" selected>Long Range</option>",
                "name=\"p2.feature\"",
                "Selling point 3",
                "value=\"Rival R5\"",
                "name=\"c1.model\"");
        renders(
                "/test-render/manager/product-knowledge/refused",
                "en",
                "Someone changed this meanwhile",
                "advantage: must not be blank",
                "aria-describedby=\"point-0-error\"");
        renders("/test-render/manager/product-knowledge", "zh-CN", "产品知识", "独特卖点", "竞品对比");
    }

    @Test
    void referralsAndTheirConversion() {
        renders(
                "/test-render/manager/referrals",
                "en",
                "Referrals and their conversion",
                "id=\"kpi-referrals\">4<",
                "id=\"kpi-ref-ordered\">1<",
                "id=\"kpi-ref-to-order\">25.0 %<",
                "At signing",
                "Call on day 3 after delivery",
                "<tr data-consultant=\"li.wei\"><th scope=\"row\">Wei Li</th>",
                "data-chart=\"bars\" data-table=\"ref-consultants\"",
                "href=\"/console/leads/L-7\">Zhou Min</a>",
                // counts download as CSV; the table naming the referrers (customers) does not
                "<table class=\"list figures\" id=\"ref-consultants\" data-export>",
                "<table class=\"list figures\" id=\"ref-referrers\">");
        renders("/test-render/manager/referrals", "zh-CN", "转介绍及转化", "签约时", "交车后第 3 天回访");
        renders("/test-render/manager/referrals/bad-period", "en", "from-error", "value=\"2026-12-09\"");
    }

    @Test
    void headquartersDefeatsAcrossDealers() {
        renders(
                "/test-render/hq/defeats",
                "en",
                "Defeats across dealers",
                "Defeats by reason",
                "Competitors bought",
                "Defeats by model",
                "Defeats by stage reached",
                "<tr data-dealer=\"dealer-bj-01\">",
                "Bought a competitor&#39;s car",
                "Rival R5",
                "75.0 %",
                "id=\"hq-defeats-REASON-total\">5<",
                "id=\"hq-defeats-COMPETITOR-total\">3<",
                "/console/hq/defeats?from=2026-11-01&amp;to=2026-11-30");
        // the model table's service did not answer; the stage table had no defeat
        given().header("Accept-Language", "en")
                .get("/test-render/hq/defeats")
                .then()
                .statusCode(200)
                .body(
                        containsString("does not answer now"),
                        containsString("Nothing in this period."),
                        not(containsString("id=\"hq-defeats-MODEL\"")));
        renders("/test-render/hq/defeats", "zh-CN", "各经销商战败分析", "占该经销商战败比例");
    }

    @Test
    void theOpeningChecklist() {
        renders(
                "/test-render/manager/checklist/to-run",
                "en",
                "Opening checklist",
                "Display cars clean",
                "id=\"failed-BROCHURES_STOCKED\" name=\"failed\" value=\"BROCHURES_STOCKED\" checked",
                "ownerId-BROCHURES_STOCKED-error",
                "value=\"rack empty\"",
                "<option value=\"zhang.min\">Min Zhang</option>",
                "Who fixes it: Min Zhang",
                "action=\"/console/manager/checklist/actions/A1/close\"");
        renders("/test-render/manager/checklist/to-run", "zh-CN", "展厅营业前检查");
        renders("/test-render/manager/checklist/run", "en", "id=\"checklist-failed\">1<", "Run by Hao Sun");
        // spot checks during the day beside the morning run
        renders(
                "/test-render/manager/checklist/run",
                "en",
                "Spot checks today",
                "action=\"/console/manager/checklist/spot-checks\"",
                "<option value=\"OTHER\">",
                "Lounge",
                "only two choices");
        renders("/test-render/manager/checklist/run", "zh-CN", "今日巡检");
        renders(
                "/test-render/manager/floor/etiquette",
                "en",
                "Etiquette and appearance",
                "data-chart=\"bars\" data-table=\"scorecard-table\"",
                "<tr data-consultant=\"zhang.min\"><th scope=\"row\">Min Zhang</th>",
                "<option value=\"li.wei\" selected>Wei Li</option>",
                "<li><strong>Wei Li</strong>",
                "name badge missing · Hao Sun</li>",
                "Business card",
                "Tone and pace",
                "id=\"scores.tone-error\"",
                "name=\"appearance\" value=\"5\" checked");
        renders("/test-render/manager/floor/etiquette", "zh-CN", "礼仪与仪容仪表", "递接名片");
        renders(
                "/test-render/manager/floor/meetings",
                "en",
                "Morning and evening meetings",
                "id=\"meeting-taken\"",
                "value=\"li.wei, zhang.min\"",
                "value=\"reception.sh\"> Xiaoyu Chen</label>",
                "<td>Wei Li, Min Zhang</td><td>Wei Li, Min Zhang, Xiaoyu Chen</td>",
                "<td>Hao Sun</td>",
                "Three Aurora S in pearl white arrived",
                "Morning meeting");
        renders("/test-render/manager/floor/meetings", "zh-CN", "晨会与夕会", "库存信息");
        renders(
                "/test-render/presentation/report",
                "en",
                "Presentations → test drives → quotes",
                "id=\"kpi-presentations\">8<",
                "data-chart=\"percent\" data-table=\"by-consultant\"",
                "data-table=\"by-model\"",
                "<th scope=\"row\">Wei Li · AURORA_S</th>",
                "<th scope=\"row\">Min Zhang</th>",
                "50.0 %");
        renders("/test-render/presentation/report", "zh-CN", "产品介绍 → 试驾 → 报价", "按车型");
    }

    @Test
    void targetsRotasAndSettings() {
        renders(
                "/test-render/manager/targets",
                "en",
                "Sales targets",
                "2 / 8",
                "25.0 %",
                "128",
                "8 orders / 0.25",
                "sales-error",
                "value=\"-1\"",
                "<tr data-consultant=\"zhang.min\"><th scope=\"row\">Min Zhang</th>",
                "No target set.");
        renders("/test-render/manager/targets", "zh-CN", "销售目标", "所需试驾");
        renders(
                "/test-render/manager/rota",
                "en",
                "On duty today, 2026-12-04",
                "Wei Li",
                "Min Zhang",
                "with a customer",
                "next",
                "consultants-error",
                "li.wei\nli.wei</textarea>",
                "Xiaoyu Chen",
                "Receptionist",
                "Make Gone Away active",
                "Make Wei Li inactive",
                "name=\"version\" value=\"3\"",
                "value=\"CUSTOMER_CARE\"");
        renders("/test-render/manager/rota", "zh-CN", "今日值班", "停用 Wei Li");
        renders(
                "/test-render/manager/settings",
                "en",
                "Days between follow-ups, grade H",
                "leads-cadenceDays-H-error",
                "name=\"cadenceDays.H\" value=\"0\"",
                "value=\"1, 3, 7, 30\"",
                "<option value=\"CUSTOMER_CARE\" selected>",
                "Order settings are saved.",
                "The dealer&#39;s profile",
                "Phone region (two letters)",
                "name=\"currency\" value=\"CNY\"",
                "MONDAY 09:00-18:00\nSATURDAY 10:00-16:00</textarea>",
                "profile-openingHours-error",
                "value=\"zh-CN, en\"",
                "name=\"version\" value=\"4\"",
                "name=\"version\" value=\"2\"");
        renders("/test-render/manager/settings", "zh-CN", "跟进间隔天数，H 级", "售后", "本店资料", "营业时间");
    }

    @Test
    void campaignsAndTheirReport() {
        renders(
                "/test-render/manager/campaigns",
                "en",
                "Campaigns and marketing events",
                "<th scope=\"row\"><a href=\"/console/manager/campaigns/C1\">Spring car fair</a></th>",
                "campaign=C1",
                "name=\"idempotencyKey\" value=\"K1\"",
                "The campaign is saved.");
        renders("/test-render/manager/campaigns", "zh-CN", "市场活动与营销活动", "新建活动");
        renders(
                "/test-render/manager/campaigns/errors",
                "en",
                "endsOn-error",
                "budget-error",
                "aria-invalid=\"true\"",
                "value=\"-5\"");
        renders(
                "/test-render/manager/campaigns/C1",
                "en",
                "action=\"/console/manager/campaigns/C1\"",
                "name=\"version\" value=\"2\"",
                "value=\"90000.00\"");
        renders(
                "/test-render/manager/campaign-report",
                "en",
                "Campaigns: leads and what they cost",
                "data-chart=\"bars\" data-table=\"campaign-table\" data-columns=\"3,4,5\"",
                "data-columns=\"6,7,8\"",
                "<td class=\"num leads\" data-value=\"30\">30</td>",
                "data-value=\"45000.00\"",
                "<caption>");
        renders("/test-render/manager/campaign-report", "zh-CN", "市场活动：潜客与成本", "每个订单");
    }

    @Test
    void checkpointsDeclaredAgainstSaid() {
        renders(
                "/test-render/manager/checkpoint-check",
                "en",
                "Checkpoints: what staff declared, what customers said",
                "<th scope=\"row\">Wei Li</th><td>Drinks offered</td>",
                "90.0 %",
                "(9 of 10)",
                "<td class=\"num gap\" data-value=\"50.0\">50.0</td>",
                "(no consultant)",
                "Biggest benefit first",
                "<caption>");
        renders("/test-render/manager/checkpoint-check", "zh-CN", "检核点：员工自报与客户评价", "提供饮品", "先讲最大利益");
        renders("/test-render/manager/checkpoint-check/errors", "en", "from-error", "aria-invalid=\"true\"");
    }
}
