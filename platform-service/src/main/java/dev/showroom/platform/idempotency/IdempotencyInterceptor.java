package dev.showroom.platform.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.showroom.platform.http.CurrentStaff;
import dev.showroom.platform.http.ProblemException;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** See {@link IdempotentCreate}. Runs inside the method's transaction (after the JTA interceptor). */
@IdempotentCreate
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    CurrentVertxRequest request;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Inject
    CurrentStaff staff;

    @Inject
    TransactionSynchronizationRegistry tx;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        String key = request.getCurrent() == null
                ? null
                : request.getCurrent().request().getHeader(HEADER);
        if (key == null) {
            return ctx.proceed();
        }
        if (key.isBlank() || key.length() > 128) {
            throw ProblemException.invalid(HEADER, "size", "must be 1 to 128 characters");
        }
        if (tx.getTransactionKey() == null) {
            throw new IllegalStateException("@IdempotentCreate needs @Transactional on " + ctx.getMethod());
        }
        String scope = (staff.isAuthenticated() ? staff.dealerIdOrNull() + "|" + staff.id() : "anonymous") + "|"
                + ctx.getMethod().getDeclaringClass().getSimpleName() + "."
                + ctx.getMethod().getName();
        // A concurrent request with the same key waits here until the first one commits.
        int inserted = em.createNativeQuery(
                        "insert into idempotency_record (scope, idem_key) values (?1, ?2) " + "on conflict do nothing")
                .setParameter(1, scope)
                .setParameter(2, key)
                .executeUpdate();
        if (inserted == 0) {
            return replay(scope, key);
        }
        Object result = ctx.proceed();
        if (result instanceof Response response) {
            String body = response.hasEntity() ? mapper.writeValueAsString(response.getEntity()) : null;
            URI location = response.getLocation();
            em.createNativeQuery("update idempotency_record set status = ?3, body = ?4, location = ?5 "
                            + "where scope = ?1 and idem_key = ?2")
                    .setParameter(1, scope)
                    .setParameter(2, key)
                    .setParameter(3, response.getStatus())
                    .setParameter(4, body)
                    .setParameter(5, location == null ? null : location.toString())
                    .executeUpdate();
        }
        return result;
    }

    private Response replay(String scope, String key) throws Exception {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select status, body, location from idempotency_record " + "where scope = ?1 and idem_key = ?2")
                .setParameter(1, scope)
                .setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        if (row[0] == null) {
            throw ProblemException.conflict("A request with this Idempotency-Key is still being processed");
        }
        Response.ResponseBuilder builder =
                Response.status(((Number) row[0]).intValue()).header(REPLAYED, "true");
        if (row[1] != null) {
            builder.entity(mapper.readTree((String) row[1])).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (row[2] != null) {
            builder.location(URI.create((String) row[2]));
        }
        return builder.build();
    }
}
