package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies of the industrial projects API. Money is in 万元 (10,000 CNY), at most two decimals. */
final class ProjectRequests {

    /** The largest single figure accepted: 1,000 亿, four times the plan's whole 2017 city target. */
    static final String MAX_WAN_YUAN = "10000000";

    private ProjectRequests() {
    }

    record RegisterProjectRequest(
            @NotBlank @Size(max = 200) String enterprise,
            @NotNull County county,
            @Size(max = 64) String parkId,
            @NotBlank @Size(max = 100) String industry,
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @DecimalMax(value = MAX_WAN_YUAN, message = "must not exceed " + MAX_WAN_YUAN + " 万元 (1,000 亿)")
            @Digits(integer = 8, fraction = 2, message = "must be in 万元 with at most two decimals") BigDecimal plannedInvestmentWanYuan,
            @NotNull Boolean advancedManufacturing,
            @NotNull Boolean highTech) {
    }

    record MilestoneRequest(@NotNull ProjectStage stage, @NotNull LocalDate reachedOn) {
    }

    record InvestmentReportRequest(
            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month written YYYY-MM") String period,
            @NotNull @DecimalMin(value = "0", message = "must not be negative")
            @DecimalMax(value = MAX_WAN_YUAN, message = "must not exceed " + MAX_WAN_YUAN + " 万元 (1,000 亿)")
            @Digits(integer = 8, fraction = 2, message = "must be in 万元 with at most two decimals") BigDecimal amountWanYuan) {
    }

    record CorrectionRequest(
            @NotNull @DecimalMin(value = "0", message = "must not be negative")
            @DecimalMax(value = MAX_WAN_YUAN, message = "must not exceed " + MAX_WAN_YUAN + " 万元 (1,000 亿)")
            @Digits(integer = 8, fraction = 2, message = "must be in 万元 with at most two decimals") BigDecimal amountWanYuan,
            @NotBlank @Size(min = 5, max = 500, message = "must say why, in 5 to 500 characters") String reason) {
    }
}
