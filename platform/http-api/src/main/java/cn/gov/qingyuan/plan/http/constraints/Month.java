package cn.gov.qingyuan.plan.http.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A reporting month as a request writes it, {@code YYYY-MM}; whether the plan covers it is the calendar's to say. */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@NotNull
@Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month written YYYY-MM")
public @interface Month {
    String message() default "must be a month written YYYY-MM";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
