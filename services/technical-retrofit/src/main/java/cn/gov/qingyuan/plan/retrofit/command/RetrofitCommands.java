package cn.gov.qingyuan.plan.retrofit.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a department asks the technical retrofit service to record. Validated at the API; ruled on by the
 * aggregate. Every command names the reporting unit the submitter acts for, which must cover the project's
 * county or park. Commands on an existing project take the version the client read ({@code If-Match}, null to
 * skip the check) and return the project's version after the change.
 */
public final class RetrofitCommands {

    private RetrofitCommands() {
    }

    public record RegisterRetrofitProject(String projectId, EnterpriseCode enterpriseCode, String enterpriseName, County county,
                                          String parkId, boolean aboveScale, boolean revenueAtLeast50Million,
                                          Set<RetrofitType> retrofitTypes, BigDecimal plannedInvestmentWanYuan,
                                          boolean listedInCityLibrary, ReportingUnit submittedFor) {
    }

    /** @param reportedOn the day the report is accepted, in Qingyuan: the API's clock, not the aggregate's */
    public record ReportRetrofitInvestment(@TargetAggregateIdentifier String projectId, ReportingPeriod period,
                                           BigDecimal amountWanYuan, LocalDate reportedOn, ReportingUnit submittedFor,
                                           @TargetAggregateVersion Long expectedVersion) {
    }

    /** Replaces the recorded figure of a month with a new one, for a stated reason. */
    public record CorrectRetrofitInvestment(@TargetAggregateIdentifier String projectId, ReportingPeriod period,
                                            BigDecimal amountWanYuan, String reason, ReportingUnit submittedFor,
                                            @TargetAggregateVersion Long expectedVersion) {
    }

    /** @param completedOn the day the retrofit was completed, already checked not to be in the future */
    public record CompleteRetrofitProject(@TargetAggregateIdentifier String projectId, LocalDate completedOn,
                                          ReportingUnit submittedFor, @TargetAggregateVersion Long expectedVersion) {
    }
}
