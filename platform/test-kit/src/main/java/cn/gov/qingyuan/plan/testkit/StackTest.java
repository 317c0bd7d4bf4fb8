package cn.gov.qingyuan.plan.testkit;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service's Spring Boot test on the one embedded stack of the test JVM ({@link TestStack}), over real HTTP on a
 * random port: the test class gets a PostgreSQL schema, a Kafka topic and a MongoDB database of its own, named in
 * the {@link StackNames} bean, and optionally a fixed plan clock.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface StackTest {

    /** The plan clock's instant, ISO-8601 with offset (e.g. {@code 2015-06-20T10:00:00+08:00}); empty for the system clock. */
    String clock() default "";

    /** Extra properties, {@code key=value}, as {@code @SpringBootTest(properties)} takes them. */
    String[] properties() default {};
}
