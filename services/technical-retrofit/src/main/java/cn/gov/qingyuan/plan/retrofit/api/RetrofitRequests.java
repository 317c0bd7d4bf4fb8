package cn.gov.qingyuan.plan.retrofit.api;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType;
import cn.gov.qingyuan.plan.http.figures.WanYuan;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
            @NotNull @Pattern(regexp = EnterpriseCode.FORMAT, message = EnterpriseCode.FORMAT_DESCRIPTION) String enterpriseCode,
            @NotBlank @Size(max = 200) String enterpriseName,
            @NotNull County county,
            @Size(max = 64) String parkId,
            @NotNull Boolean aboveScale,
            @NotNull Boolean revenueAtLeast50Million,
            @NotEmpty(message = "must name at least one of EQUIPMENT_RENEWAL, SMART_RETROFIT, ROBOTS_REPLACING_LABOUR, "
                    + "SMART_PRODUCTION, ENERGY_SAVING, OTHER") Set<@NotNull RetrofitType> retrofitTypes,
            // Above zero, so not @WanYuan: its "must not be negative" would be a second reason for the same figure.
            @NotNull @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
            @DecimalMax(value = "10000000", message = "must not exceed 10000000 万元 (1,000 亿)")
            @Digits(integer = 8, fraction = 2, message = "must be in 万元 with at most two decimals") BigDecimal plannedInvestmentWanYuan,
            Boolean listedInCityLibrary) {
    }

    record InvestmentReportRequest(
            @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month written YYYY-MM") String period,
            @NotNull @WanYuan BigDecimal amountWanYuan) {
    }

    record CorrectionRequest(
            @NotNull @WanYuan BigDecimal amountWanYuan,
            @NotBlank @Size(min = 5, max = 500, message = "must say why, in 5 to 500 characters") String reason) {
    }

    record CompletionRequest(@NotNull LocalDate completedOn) {
    }
}
