package dev.showroom.web.messaging;

import dev.showroom.web.gateway.GatewayProblem;
import dev.showroom.web.gateway.Paged;
import dev.showroom.web.gateway.Problem;
import java.util.List;
import java.util.Map;

/**
 * Test only: after-sales' messages as the gateway answers them, decided by what is sent (no state): the history
 * is {@link RenderMessaging#FOUND} unless its period runs backwards (400 on {@code to}); a send to
 * {@link #OPTED_OUT} is refused with 409 {@code opted-out}, a send with the time "whenever" with 400 on
 * {@code time}; a greeting without an occasion with 400 on {@code occasion}; anything else is taken.
 */
class FakeMessagesApi implements MessagesApi {

    static final String OPTED_OUT = "0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b";

    @Override
    public Paged<Message> messages(
            String leadId, String kind, String status, String channel, String from, String to, int page, int size) {
        if (from != null && to != null && to.compareTo(from) < 0) {
            throw refused(400, "list.to", "periodOrder", "to must not be before from");
        }
        return RenderMessaging.FOUND;
    }

    @Override
    public Message send(Map<String, Object> body, String idempotencyKey) {
        if (OPTED_OUT.equals(body.get("leadId"))) {
            throw refused(409, "leadId", "opted-out", "the customer opted out");
        }
        if ("whenever".equals(body.get("time"))) {
            throw refused(400, "send.body.time", "timeOfDay", "must be a time of day such as 10:30");
        }
        return RenderMessaging.message("M-9", (String) body.get("kind"), "QUEUED", "sent");
    }

    @Override
    public GreetingResult greet(Map<String, Object> body) {
        String occasion = (String) body.get("occasion");
        if (occasion == null || occasion.isBlank()) {
            throw refused(400, "greet.body.occasion", "notBlank", "must not be blank");
        }
        return new GreetingResult(occasion, 12, 3);
    }

    @Override
    public Report report(String from, String to) {
        throw new UnsupportedOperationException("not on the messages page");
    }

    @Override
    public Templates templates() {
        throw new UnsupportedOperationException("not on the messages page");
    }

    @Override
    public Template save(String ifMatch, Map<String, Object> body) {
        throw new UnsupportedOperationException("not on the messages page");
    }

    private static GatewayProblem refused(int status, String field, String rule, String message) {
        return new GatewayProblem(
                status,
                new Problem(
                        "https://showroom.dev/problems/x",
                        "refused",
                        status,
                        null,
                        "cid-1",
                        List.of(new Problem.FieldError(field, rule, message))),
                null);
    }
}
