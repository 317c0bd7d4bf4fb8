package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import cn.gov.qingyuan.plan.http.figures.WanYuan;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies of the industrial projects API. Money is in 万元 (10,000 CNY), at most two decimals, up to 1,000 亿. */
final class ProjectRequests {

    private ProjectRequests() {
    }

    record RegisterProjectRequest(
            @NotBlank @Size(max = 200) String enterprise,
            @NotNull County county,
            @Size(max = 64) String parkId,
            @NotBlank @Size(max = 100) String industry,
            // Above zero, so not @WanYuan: its "must not be negative" would be a second reason for the same figure.
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @DecimalMax(value = "10000000", message = "must not exceed 10000000 万元 (1,000 亿)")
            @Digits(integer = 8, fraction = 2, message = "must be in 万元 with at most two decimals") BigDecimal plannedInvestmentWanYuan,
            @NotNull Boolean advancedManufacturing,
            @NotNull Boolean highTech) {
    }

    record MilestoneRequest(@NotNull ProjectStage stage, @NotNull LocalDate reachedOn) {
    }

    record InvestmentReportRequest(
            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month written YYYY-MM") String period,
            @NotNull @WanYuan BigDecimal amountWanYuan) {
    }

    record CorrectionRequest(
            @NotNull @WanYuan BigDecimal amountWanYuan,
            @NotBlank @Size(min = 5, max = 500, message = "must say why, in 5 to 500 characters") String reason) {
    }
}
