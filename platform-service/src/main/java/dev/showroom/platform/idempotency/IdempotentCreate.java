package dev.showroom.platform.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a creating POST that returns a {@code Response} and runs in a transaction ({@code @Transactional}):
 * a request with an {@code Idempotency-Key} header that was seen before from the same caller gets the
 * first answer again (with {@code Idempotent-Replayed: true}) and creates nothing.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface IdempotentCreate {}
