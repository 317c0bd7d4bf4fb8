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

/** Tonnes (of coal equivalent or of a pollutant): 0 to 100 million, far above a county's year, at most two decimals. */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@DecimalMin(value = "0", message = "must not be negative")
@DecimalMax(value = "100000000", message = "must not exceed 100000000 tonnes")
@Digits(integer = 9, fraction = 2, message = "must be in tonnes with at most two decimals")
public @interface Tonnes {
    String message() default "must be 0 to 100000000 tonnes with at most two decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
