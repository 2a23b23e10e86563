package dev.showroom.platform.http;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** See {@link Sortable}: checks the method's {@link SortOrder} against its keys before the method runs. */
@Sortable
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 310)
public class SortableInterceptor {

    @AroundInvoke
    Object around(InvocationContext ctx) throws Exception {
        Sortable rules = ctx.getMethod().getAnnotation(Sortable.class);
        boolean found = false;
        for (Object parameter : ctx.getParameters()) {
            if (parameter instanceof SortOrder order) {
                order.resolve(rules);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException(ctx.getMethod() + " is @Sortable but takes no @BeanParam SortOrder");
        }
        return ctx.proceed();
    }
}
