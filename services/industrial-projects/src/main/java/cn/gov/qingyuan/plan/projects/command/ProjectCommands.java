package cn.gov.qingyuan.plan.projects.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a department asks the industrial projects service to record. Validated at the API; ruled on here. */
public final class ProjectCommands {

    private ProjectCommands() {
    }

    public record RegisterProject(String projectId, String enterprise, County county, String parkId, String industry,
                                  BigDecimal plannedInvestmentWanYuan, boolean advancedManufacturing, boolean highTech) {
    }

    public record RecordMilestone(@TargetAggregateIdentifier String projectId, ProjectStage stage, LocalDate reachedOn) {
    }

    /** @param reportedOn the day the report is accepted, in Qingyuan: the API's clock, not the aggregate's */
    public record ReportInvestment(@TargetAggregateIdentifier String projectId, ReportingPeriod period, BigDecimal amountWanYuan,
                                   LocalDate reportedOn) {
    }

    /** Replaces the recorded figure of a month with a new one, for a stated reason. */
    public record CorrectInvestmentReport(@TargetAggregateIdentifier String projectId, ReportingPeriod period,
                                          BigDecimal amountWanYuan, String reason) {
    }
}
