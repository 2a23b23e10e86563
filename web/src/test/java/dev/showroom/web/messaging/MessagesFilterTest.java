package dev.showroom.web.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The history's filter keeps what the API knows and drops the rest; none chosen is no filter (not a failure). */
class MessagesFilterTest {

    @Test
    void noneChosenAndUnknownValuesAreNoFilter() {
        assertEquals(
                new MessagesPage.Filter(null, null, null, null, null, null),
                MessagesPage.filter(null, null, null, null, null, null));
        assertEquals(
                new MessagesPage.Filter(null, null, null, null, null, null),
                MessagesPage.filter("not-a-lead", "X", "Y", "FAX", " ", ""));
        String lead = "3f1c2a4e-0b7d-4c55-9a61-2b8e0d9c7f10";
        assertEquals(
                new MessagesPage.Filter(lead, "DELIVERY_DELAYED", "FAILED", "EMAIL", "2026-12-01", "2026-12-04"),
                MessagesPage.filter(
                        " " + lead + " ", "DELIVERY_DELAYED", "FAILED", "EMAIL", "2026-12-01 ", "2026-12-04"));
    }

    /** The pager's links keep the period, so page 2 is page 2 of the same days. */
    @Test
    void thePagerKeepsThePeriod() {
        assertEquals(
                "/console/messages?status=FAILED&from=2026-12-01&to=2026-12-04&page=1",
                MessagesPage.filter(null, null, "FAILED", null, "2026-12-01", "2026-12-04")
                        .link(1));
    }

    /** The page tells after-sales' refusals by the rule the 409 names, whatever its detail's words. */
    @Test
    void aRefusalIsToldByItsRuleNotItsWords() {
        assertEquals("OPTED_OUT", MessagesPage.refusal(conflict("opted-out", "Not sent (wording may change)")));
        assertEquals("NO_CONSENT", MessagesPage.refusal(conflict("no-consent", "they opted out long ago")));
        assertEquals("ALREADY_SENT", MessagesPage.refusal(conflict("already-sent", "")));
        assertEquals("OTHER", MessagesPage.refusal(conflict("something-new", "opted out")));
        assertEquals(
                "OTHER",
                MessagesPage.refusal(new GatewayProblem(
                        409, new Problem(null, "Conflict", 409, "they opted out", null, null), null)));
    }

    private static GatewayProblem conflict(String rule, String detail) {
        return new GatewayProblem(
                409,
                new Problem(
                        "https://showroom.dev/problems/conflict",
                        "Conflict",
                        409,
                        detail,
                        null,
                        List.of(new Problem.FieldError("leadId", rule, detail))),
                null);
    }
}
