package cn.gov.qingyuan.plan.parks.api;

import cn.gov.qingyuan.plan.commands.FiguresWithin;
import cn.gov.qingyuan.plan.contracts.parks.ParkFigures;
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
import java.time.LocalDate;

/**
 * Request bodies of the park metrics API. Every figure is optional (the aggregate requires at least one and checks
 * above-scale value added against the park's industrial value added); here each is checked on its own.
 */
final class ParkRequests {

    private ParkRequests() {
    }

    /** 0 to 1,000 亿 (far above the plan's 2017 target for all parks together), in 万元 with at most two decimals. */
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

    /** The body of {@code PUT /api/parks/{parkId}/months/{period}}: the month's figures (see {@link ParkFigures}). */
    record FiguresRequest(
            @WanYuan BigDecimal fixedAssetInvestmentInIndustrialProjectsWanYuan,
            @WanYuan BigDecimal industrialValueAddedWanYuan,
            @WanYuan BigDecimal aboveScaleValueAddedWanYuan) {

        ParkFigures toFigures() {
            return new ParkFigures(fixedAssetInvestmentInIndustrialProjectsWanYuan, industrialValueAddedWanYuan, aboveScaleValueAddedWanYuan);
        }
    }

    /**
     * The body of {@code POST .../revisions}: the whole new set of figures (one left out is no longer reported) and why.
     * Figures the aggregate refuses are named within it: {@code figures.aboveScaleValueAddedWanYuan}.
     */
    record RevisionRequest(
            @NotNull @Valid FiguresRequest figures,
            @NotBlank @Size(min = 5, max = 500, message = "must say why, in 5 to 500 characters") String reason) implements FiguresWithin {
    }

    record StartRequest(@NotNull LocalDate startedOn) {
    }

    record CompletionRequest(@NotNull LocalDate completedOn) {
    }
}
