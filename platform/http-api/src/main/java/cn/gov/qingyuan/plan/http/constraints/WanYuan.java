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

/** Money in 万元: 0 to 1,000 亿 (nearly twice the plan's 2017 target for the whole city), at most two decimals. */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@DecimalMin(value = "0", message = "must not be negative")
@DecimalMax(value = "10000000", message = "must not exceed 10000000 万元 (1,000 亿)")
@Digits(integer = 8, fraction = 2, message = "must be in 万元 with at most two decimals")
public @interface WanYuan {
    String message() default "must be 0 to 10000000 万元 with at most two decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
