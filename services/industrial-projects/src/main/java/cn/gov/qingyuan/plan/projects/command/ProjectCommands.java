package cn.gov.qingyuan.plan.projects.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a department asks the industrial projects service to record. Validated at the API; ruled on by the
 * aggregate. Commands on an existing project return the project's version after the change.
 */
public final class ProjectCommands {

    private ProjectCommands() {
    }

    /** @param submittedFor the reporting unit the submitter acts for; it must cover the project's county or park */
    public record RegisterProject(String projectId, String enterprise, County county, String parkId, String industry,
                                  BigDecimal plannedInvestmentWanYuan, boolean advancedManufacturing, boolean highTech,
                                  ReportingUnit submittedFor) {
    }

    /** @param expectedVersion the version the client read ({@code If-Match}); null to skip the check */
    public record RecordMilestone(@TargetAggregateIdentifier String projectId, ProjectStage stage, LocalDate reachedOn,
                                  ReportingUnit submittedFor, @TargetAggregateVersion Long expectedVersion) {
    }

    /** @param reportedOn the day the report is accepted, in Qingyuan: the API's clock, not the aggregate's */
    public record ReportInvestment(@TargetAggregateIdentifier String projectId, ReportingPeriod period, BigDecimal amountWanYuan,
                                   LocalDate reportedOn, ReportingUnit submittedFor, @TargetAggregateVersion Long expectedVersion) {
    }

    /** Replaces the recorded figure of a month with a new one, for a stated reason. */
    public record CorrectInvestmentReport(@TargetAggregateIdentifier String projectId, ReportingPeriod period,
                                          BigDecimal amountWanYuan, String reason, ReportingUnit submittedFor,
                                          @TargetAggregateVersion Long expectedVersion) {
    }
}
