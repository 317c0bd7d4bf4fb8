package cn.gov.qingyuan.plan.targets.input;

import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/**
 * A citywide target as a planner sends it: the JSON body of {@code PUT /api/targets/{indicator}/city/{period}}, and
 * one {@code city} row of an import. The value is in the indicator's unit; provenance defaults to PLAN.
 */
public record CityTargetInput(
        @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = TargetInputs.MAX_VALUE, message = "must not exceed " + TargetInputs.MAX_VALUE)
        @Digits(integer = 10, fraction = 4, message = "must have at most four decimals") BigDecimal value,
        @NotNull TargetComparator comparator,
        Provenance provenance,
        @NotBlank @Size(max = 500) String source) {
}
