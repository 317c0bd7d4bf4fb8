package cn.gov.qingyuan.plan.targets.input;

import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One year's county split as a planner sends it: the JSON body of {@code POST /api/targets/{indicator}/allocations/{year}}
 * and one {@code allocation} row of an import. {@code values} maps every county code to its value in the indicator's
 * unit; {@code issuedOn} defaults to today; provenance to PLAN. {@code acceptMismatch} with a {@code reason} records a
 * split whose counties do not add up to the city target.
 */
public record AllocationInput(
        @NotNull Map<String, @NotNull @DecimalMin(value = "0", message = "must not be negative")
        @DecimalMax(value = TargetInputs.MAX_VALUE, message = "must not exceed " + TargetInputs.MAX_VALUE)
        @Digits(integer = 10, fraction = 4, message = "must have at most four decimals") BigDecimal> values,
        LocalDate issuedOn,
        Provenance provenance,
        @Size(max = 500) String note,
        Boolean acceptMismatch,
        @Size(max = 500) String reason) {
}
