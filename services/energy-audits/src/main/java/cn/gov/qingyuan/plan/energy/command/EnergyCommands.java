package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.energy.AuditIndustry;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent;
import cn.gov.qingyuan.plan.contracts.energy.EnergyReturnFigures;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a department asks the energy service to record. Validated at the API (dates already checked not to be in
 * the future); ruled on by the aggregates. Every command names the reporting unit the submitter acts for, which
 * must cover the county. Commands on an existing aggregate take the version the client read ({@code If-Match},
 * null to skip the check); every command answers the aggregate's version after the change.
 */
public final class EnergyCommands {

    private EnergyCommands() {
    }

    public record PlanCleanProductionAudit(String auditId, EnterpriseCode enterpriseCode, String enterpriseName, County county,
                                           AuditIndustry industry, ReportingUnit submittedFor) {
    }

    public record StartCleanProductionAudit(@TargetAggregateIdentifier String auditId, LocalDate startedOn, ReportingUnit submittedFor,
                                            @TargetAggregateVersion Long expectedVersion) {
    }

    public record AcceptCleanProductionAudit(@TargetAggregateIdentifier String auditId, LocalDate acceptedOn, ReportingUnit submittedFor,
                                             @TargetAggregateVersion Long expectedVersion) {
    }

    public record RegisterMotorUpgrade(String upgradeId, EnterpriseCode enterpriseCode, String enterpriseName, County county,
                                       ReportingUnit submittedFor) {
    }

    public record CompleteMotorUpgrade(@TargetAggregateIdentifier String upgradeId, LocalDate completedOn, BigDecimal capacityKw,
                                       ReportingUnit submittedFor, @TargetAggregateVersion Long expectedVersion) {
    }

    /** @param reportedOn the day the return is accepted, in Qingyuan: the API's clock, not the aggregate's */
    public record SubmitEnergyReturn(County county, ReportingPeriod period, EnergyReturnFigures figures, LocalDate reportedOn,
                                     ReportingUnit submittedFor) {

        @TargetAggregateIdentifier
        public String returnId() {
            return CountyEnergyReturnEvent.returnId(county, period);
        }
    }

    public record ReviseEnergyReturn(County county, ReportingPeriod period, EnergyReturnFigures figures, String reason,
                                     ReportingUnit submittedFor, @TargetAggregateVersion Long expectedVersion) {

        @TargetAggregateIdentifier
        public String returnId() {
            return CountyEnergyReturnEvent.returnId(county, period);
        }
    }

    /** The connection's id is the enterprise code, so an enterprise can be connected only once. */
    public record ConnectEnterpriseMonitoring(EnterpriseCode enterpriseCode, String enterpriseName, County county, LocalDate connectedOn,
                                              ReportingUnit submittedFor) {

        @TargetAggregateIdentifier
        public String storedId() {
            return ConnectionRecord.storedId(enterpriseCode.value());
        }
    }

    /** @param platformId a short slug naming the platform, e.g. {@code qingyuan-city} */
    public record LaunchEnergyManagementPlatform(String platformId, String name, County county, boolean cityPlatform, LocalDate launchedOn,
                                                 ReportingUnit submittedFor) {

        @TargetAggregateIdentifier
        public String storedId() {
            return PlatformRecord.storedId(platformId);
        }
    }
}
