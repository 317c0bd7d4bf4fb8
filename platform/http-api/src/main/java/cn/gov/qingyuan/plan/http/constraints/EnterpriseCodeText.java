package cn.gov.qingyuan.plan.http.constraints;

import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An enterprise's unified social credit code as text, checked in the request so that every bad field is listed at once (the contract type {@code EnterpriseCode} would stop at the first). */
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@NotNull
@Pattern(regexp = EnterpriseCode.FORMAT, message = EnterpriseCode.FORMAT_DESCRIPTION)
public @interface EnterpriseCodeText {
    String message() default "must be an 18-character unified social credit code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
