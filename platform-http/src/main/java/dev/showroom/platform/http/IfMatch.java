package dev.showroom.platform.http;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an update of a versioned resource (PUT, PATCH, DELETE, or a POST action on it): the method calls
 * {@link Preconditions#check(long)} with the version it loaded, so that an {@code If-Match} naming another one
 * is refused with 412. When {@code required}, a request without {@code If-Match} is refused with 428 before the
 * method runs: for the updates where a lost update harms (docs/api.md lists them). The OpenAPI document declares
 * the header, 412 and 428 from this annotation ({@link ApiDocumentFilter}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface IfMatch {

    @Nonbinding
    boolean required() default false;
}
