package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditAccepted;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditPlanned;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditStarted;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.AcceptCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.PlanCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.StartCleanProductionAudit;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
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
    private AuditRecord audit;

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
        ReportingUnit.requireCovers(command.submittedFor(), audit.county(), null);
        if (audit.startedOn() != null) {
            throw new RuleViolated("startedOn", "the audit already started on " + audit.startedOn() + "; an audit starts once");
        }
        apply(new CleanProductionAuditStarted(auditId, audit.county(), audit.enterpriseCode(), command.startedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(AcceptCleanProductionAudit command) {
        ReportingUnit.requireCovers(command.submittedFor(), audit.county(), null);
        LocalDate startedOn = audit.startedOn();
        // Accepting twice would count the enterprise twice, or move it to another year.
        if (audit.acceptedOn() != null) {
            throw new RuleViolated("acceptedOn", "the audit already passed acceptance on " + audit.acceptedOn()
                    + "; an audit passes acceptance once");
        }
        if (startedOn == null) {
            throw new RuleViolated("acceptedOn", "the audit has not started; record its start first");
        }
        if (command.acceptedOn().isBefore(startedOn)) {
            throw new RuleViolated("acceptedOn", "acceptance on " + command.acceptedOn() + " would be before the audit started on "
                    + startedOn);
        }
        apply(new CleanProductionAuditAccepted(auditId, audit.county(), audit.enterpriseCode(), audit.industry(), command.acceptedOn()));
        return AggregateLifecycle.getVersion();
    }

    /** The same rule the audit's state read applies: {@link AuditRecord#FOLD}. */
    @EventSourcingHandler
    void on(CleanProductionAuditEvent event, @SequenceNumber long sequence) {
        audit = AuditRecord.FOLD.apply(audit, event, sequence);
        auditId = audit.auditId();
    }
}
