package cn.gov.qingyuan.plan.http.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A count of enterprises, patents, centres or audits: a whole number from 0 to 100,000, far above what any county has. Read as a decimal and checked to be whole, so 1.5 is refused as "must be a whole number" instead of being truncated. */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@DecimalMin(value = "0", message = "must not be negative")
@DecimalMax(value = "100000", message = "must not exceed 100000")
@Digits(integer = 6, fraction = 0, message = "must be a whole number")
public @interface Count {
    String message() default "must be a whole number from 0 to 100000";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
