package cn.gov.qingyuan.plan.retrofit.api;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType;
import cn.gov.qingyuan.plan.http.constraints.EnterpriseCodeText;
import cn.gov.qingyuan.plan.http.constraints.Month;
import cn.gov.qingyuan.plan.http.constraints.PlannedWanYuan;
import cn.gov.qingyuan.plan.http.constraints.Reason;
import cn.gov.qingyuan.plan.http.constraints.WanYuan;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * Request bodies of the technical retrofit API. Money is in 万元 (10,000 CNY), at most two decimals, up to 1,000 亿: far
 * above the plan's whole three-year retrofit target (92 亿).
 */
final class RetrofitRequests {

    private RetrofitRequests() {
    }

    /**
     * @param enterpriseCode          checked here rather than by the contract type, so that every bad field is listed at once
     * @param listedInCityLibrary     optional; absent means the project is not in the city's key project library
     */
    record RegisterRetrofitProjectRequest(
            @EnterpriseCodeText String enterpriseCode,
            @NotBlank @Size(max = 200) String enterpriseName,
            @NotNull County county,
            @Size(max = 64) String parkId,
            @NotNull Boolean aboveScale,
            @NotNull Boolean revenueAtLeast50Million,
            @NotEmpty(message = "must name at least one of EQUIPMENT_RENEWAL, SMART_RETROFIT, ROBOTS_REPLACING_LABOUR, "
                    + "SMART_PRODUCTION, ENERGY_SAVING, OTHER") Set<@NotNull RetrofitType> retrofitTypes,
            @PlannedWanYuan BigDecimal plannedInvestmentWanYuan,
            Boolean listedInCityLibrary) {
    }

    record InvestmentReportRequest(
            @Month String period,
            @NotNull @WanYuan BigDecimal amountWanYuan) {
    }

    record CorrectionRequest(
            @NotNull @WanYuan BigDecimal amountWanYuan,
            @Reason String reason) {
    }

    record CompletionRequest(@NotNull LocalDate completedOn) {
    }
}
