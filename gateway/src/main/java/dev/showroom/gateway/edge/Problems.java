package dev.showroom.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.platform.base.Correlation;
import dev.showroom.platform.http.Problem;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** problem+json answers written straight on a Vert.x route (the proxy and the edge checks run there). */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    public static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        send(ctx, status, slug, title, detail, null);
    }

    public static void send(
            RoutingContext ctx, int status, String slug, String title, String detail, List<Problem.FieldError> errors) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended() || response.closed()) {
            // too late for a problem (the upstream's answer had begun): cut the connection instead
            if (!response.ended() && !response.closed()) {
                ctx.request().connection().close();
            }
            return;
        }
        Problem problem = new Problem(
                Problem.typeOf(slug),
                title,
                status,
                detail,
                ctx.request().path(),
                ctx.get(Correlation.MDC_CORRELATION_ID),
                errors);
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body);
    }
}
