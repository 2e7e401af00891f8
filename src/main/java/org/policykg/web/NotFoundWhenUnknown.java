package org.policykg.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a controller whose arguments name the resource it serves (a document's table, a body's calendar): an argument
 * that resolves to nothing is 404 Not Found rather than 400 ({@link ProblemDetails}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface NotFoundWhenUnknown {
}
