package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.energy.AuditIndustry;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditAccepted;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditPlanned;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditStarted;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.AcceptCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.PlanCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.StartCleanProductionAudit;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An enterprise's clean-production audit. It is planned, started and passes acceptance in this order, each once;
 * acceptance is not dated before the start. Only the county's government or a city bureau may change it.
 */
@Aggregate
class CleanProductionAudit {

    @AggregateIdentifier
    private String auditId;
    private County county;
    private EnterpriseCode enterpriseCode;
    private AuditIndustry industry;
    private LocalDate startedOn;
    private LocalDate acceptedOn;

    CleanProductionAudit() {
    }

    @CommandHandler
    CleanProductionAudit(PlanCleanProductionAudit command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.county(), null);
        apply(new CleanProductionAuditPlanned(command.auditId(), command.enterpriseCode(), command.enterpriseName(), command.county(),
                command.industry()));
    }

    @CommandHandler
    Long handle(StartCleanProductionAudit command) {
        ReportingUnit.requireCovers(command.submittedFor(), county, null);
        if (startedOn != null) {
            throw new EnergyRuleViolated("startedOn", "the audit already started on " + startedOn + "; an audit starts once");
        }
        apply(new CleanProductionAuditStarted(auditId, county, enterpriseCode, command.startedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(AcceptCleanProductionAudit command) {
        ReportingUnit.requireCovers(command.submittedFor(), county, null);
        // Accepting twice would count the enterprise twice, or move it to another year.
        if (acceptedOn != null) {
            throw new EnergyRuleViolated("acceptedOn", "the audit already passed acceptance on " + acceptedOn
                    + "; an audit passes acceptance once");
        }
        if (startedOn == null) {
            throw new EnergyRuleViolated("acceptedOn", "the audit has not started; record its start first");
        }
        if (command.acceptedOn().isBefore(startedOn)) {
            throw new EnergyRuleViolated("acceptedOn", "acceptance on " + command.acceptedOn() + " would be before the audit started on "
                    + startedOn);
        }
        apply(new CleanProductionAuditAccepted(auditId, county, enterpriseCode, industry, command.acceptedOn()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(CleanProductionAuditPlanned event) {
        auditId = event.auditId();
        county = event.county();
        enterpriseCode = event.enterpriseCode();
        industry = event.industry();
    }

    @EventSourcingHandler
    void on(CleanProductionAuditStarted event) {
        startedOn = event.startedOn();
    }

    @EventSourcingHandler
    void on(CleanProductionAuditAccepted event) {
        acceptedOn = event.acceptedOn();
    }
}
