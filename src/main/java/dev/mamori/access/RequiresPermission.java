package dev.mamori.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the permission an HTTP endpoint needs. Put it on a handler method or on its
 * controller class. A handler without it (and without {@link PublicEndpoint}) is refused
 * at run time, and an architecture test fails the build.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface RequiresPermission {

	Permission value();

}
