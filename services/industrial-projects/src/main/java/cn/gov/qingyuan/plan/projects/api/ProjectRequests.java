package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import cn.gov.qingyuan.plan.http.constraints.Month;
import cn.gov.qingyuan.plan.http.constraints.PlannedWanYuan;
import cn.gov.qingyuan.plan.http.constraints.Reason;
import cn.gov.qingyuan.plan.http.constraints.WanYuan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
            @PlannedWanYuan BigDecimal plannedInvestmentWanYuan,
            @NotNull Boolean advancedManufacturing,
            @NotNull Boolean highTech) {
    }

    record MilestoneRequest(@NotNull ProjectStage stage, @NotNull LocalDate reachedOn) {
    }

    record InvestmentReportRequest(
            @Month String period,
            @NotNull @WanYuan BigDecimal amountWanYuan) {
    }

    record CorrectionRequest(
            @NotNull @WanYuan BigDecimal amountWanYuan,
            @Reason String reason) {
    }
}
