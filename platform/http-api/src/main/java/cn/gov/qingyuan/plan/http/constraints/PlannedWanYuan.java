package cn.gov.qingyuan.plan.http.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A planned sum in 万元: above 0, up to 1,000 亿, at most two decimals (not {@link WanYuan}, whose "must not be negative" would be a second reason for one figure). */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@NotNull
@DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
@DecimalMax(value = "10000000", message = "must not exceed 10000000 万元 (1,000 亿)")
@Digits(integer = 8, fraction = 2, message = "must be in 万元 with at most two decimals")
public @interface PlannedWanYuan {
    String message() default "must be above 0 and at most 10000000 万元, with at most two decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
