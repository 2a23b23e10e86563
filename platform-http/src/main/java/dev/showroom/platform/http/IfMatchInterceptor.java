package dev.showroom.platform.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * See {@link IfMatch}. Runs inside the method's transaction, so that a method that forgot to check the version
 * it was given fails (500) and changes nothing, instead of silently ignoring the client's precondition.
 */
@IfMatch
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class IfMatchInterceptor {

    @Inject
    CurrentVertxRequest request;

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        String ifMatch = request.getCurrent() == null
                ? null
                : request.getCurrent().request().getHeader(Preconditions.IF_MATCH);
        if (ifMatch != null && ifMatch.isBlank()) {
            ifMatch = null;
        }
        IfMatch rule = ctx.getMethod().getAnnotation(IfMatch.class);
        if (rule == null) {
            rule = ctx.getMethod().getDeclaringClass().getAnnotation(IfMatch.class);
        }
        if (ifMatch == null && rule != null && rule.required()) {
            throw ProblemException.preconditionRequired();
        }
        Preconditions.Request previous = Preconditions.CURRENT.get();
        Preconditions.Request current = new Preconditions.Request(ifMatch);
        Preconditions.CURRENT.set(current);
        try {
            Object result = ctx.proceed();
            if (ifMatch != null && !current.checked) {
                throw new IllegalStateException(ctx.getMethod() + " is @IfMatch but did not check the version");
            }
            return result;
        } finally {
            if (previous == null) {
                Preconditions.CURRENT.remove();
            } else {
                Preconditions.CURRENT.set(previous);
            }
        }
    }
}
