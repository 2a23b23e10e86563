package dev.showroom.platform.http;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a list that takes {@code @BeanParam SortOrder}: {@code ?sort=field,-field} by the keys allowed here (the
 * view's field names, also the entity's), {@code byDefault} when none is given. An unknown key is a 400 naming
 * {@code sort}; the OpenAPI document describes the parameter from this annotation ({@link ApiDocumentFilter}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Sortable {

    /** The keys a client may sort by. */
    @Nonbinding
    String[] value() default {};

    /** The order without {@code ?sort=}, in the same syntax ({@code -createdAt}). */
    @Nonbinding
    String byDefault() default "";
}
