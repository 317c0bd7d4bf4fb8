package cn.gov.qingyuan.plan.statistics.api;

import cn.gov.qingyuan.plan.commands.FiguresWithin;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * Request bodies of the industry statistics API. Every figure is optional (the aggregate requires at least one
 * and checks parts against their wholes); here each is checked on its own: value added in 万元 with at most two
 * decimals, counts as whole numbers, none negative, none beyond a bound no county can reach. Counts are read as
 * decimals and checked to be whole so that 1.5 is refused as "must be a whole number" instead of being truncated
 * to 1 or refused as "not a valid number".
 */
final class ReturnRequests {

    private ReturnRequests() {
    }

    /** Value added: 0 to 1,000 亿 (nearly twice the plan's 2017 target for the whole city), in 万元 with at most two decimals. */
    @Documented
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @DecimalMin(value = "0", message = "must not be negative")
    @DecimalMax(value = "10000000", message = "must not exceed 10000000 万元 (1,000 亿)")
    @Digits(integer = 8, fraction = 2, message = "must be in 万元 with at most two decimals")
    @interface WanYuan {
        String message() default "must be 0 to 10000000 万元 with at most two decimals";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A count of enterprises, patents or centres: 0 to 100,000, far above what any county has. */
    @Documented
    @Constraint(validatedBy = {})
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @DecimalMin(value = "0", message = "must not be negative")
    @DecimalMax(value = "100000", message = "must not exceed 100000")
    @Digits(integer = 6, fraction = 0, message = "must be a whole number")
    @interface Count {
        String message() default "must be a whole number from 0 to 100000";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** The body of {@code PUT /api/statistical-returns/{county}/{period}}: the return's figures (see {@link StatisticalFigures}). */
    record FiguresRequest(
            @WanYuan BigDecimal aboveScaleValueAddedWanYuan,
            @WanYuan BigDecimal advancedManufacturingValueAddedWanYuan,
            @WanYuan BigDecimal highTechValueAddedWanYuan,
            @WanYuan BigDecimal industrialValueAddedWanYuan,
            @Count BigDecimal aboveScaleEnterprises,
            @Count BigDecimal enterprisesWithRdInstitution,
            @Count BigDecimal technologyCentresAndLabs,
            @Count BigDecimal patentsGranted,
            @Count BigDecimal enterprisesOver1BillionRevenue,
            @Count BigDecimal itIndustrialisationPilots,
            @Count BigDecimal itIndustrialisationCertified,
            @Count BigDecimal itIndustrialisationAssessed) {

        /** The figures as the contract carries them; only called once the request is valid, so every count is whole. */
        StatisticalFigures toFigures() {
            return new StatisticalFigures(aboveScaleValueAddedWanYuan, advancedManufacturingValueAddedWanYuan, highTechValueAddedWanYuan,
                    industrialValueAddedWanYuan, whole(aboveScaleEnterprises), whole(enterprisesWithRdInstitution), whole(technologyCentresAndLabs),
                    whole(patentsGranted), whole(enterprisesOver1BillionRevenue), whole(itIndustrialisationPilots),
                    whole(itIndustrialisationCertified), whole(itIndustrialisationAssessed));
        }

        private static Integer whole(BigDecimal count) {
            return count == null ? null : count.intValueExact();
        }
    }

    /**
     * The body of {@code POST .../revisions}: the whole new set of figures (one left out is no longer reported) and why;
     * figures the aggregate refuses are named {@code figures.<figure>}.
     */
    record RevisionRequest(
            @NotNull @Valid FiguresRequest figures,
            @NotBlank @Size(min = 5, max = 500, message = "must say why, in 5 to 500 characters") String reason) implements FiguresWithin {
    }
}
