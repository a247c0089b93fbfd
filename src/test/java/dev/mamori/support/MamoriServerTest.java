package dev.mamori.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.mamori.MamoriApplication;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A test against the whole server on a random port, on the shared test database. Test
 * classes with this annotation and nothing else share one application context.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(classes = MamoriApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface MamoriServerTest {

}
