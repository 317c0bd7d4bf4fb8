package cn.gov.qingyuan.plan.http.constraints;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Why a figure is corrected or revised, in the reporting unit's words: 5 to 500 characters. */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@NotBlank
@Size(min = 5, max = 500, message = "must say why, in 5 to 500 characters")
public @interface Reason {
    String message() default "must say why, in 5 to 500 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
