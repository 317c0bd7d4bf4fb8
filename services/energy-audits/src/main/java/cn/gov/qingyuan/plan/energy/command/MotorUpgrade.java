package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeCompleted;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeRegistered;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.CompleteMotorUpgrade;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.RegisterMotorUpgrade;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An enterprise's motor energy-efficiency upgrade project. It completes once, with the capacity upgraded (kW, more
 * than 0). Only the county's government or a city bureau may change it.
 */
@Aggregate
class MotorUpgrade {

    @AggregateIdentifier
    private String upgradeId;
    private County county;
    private EnterpriseCode enterpriseCode;
    private LocalDate completedOn;

    MotorUpgrade() {
    }

    @CommandHandler
    MotorUpgrade(RegisterMotorUpgrade command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.county(), null);
        apply(new MotorUpgradeRegistered(command.upgradeId(), command.enterpriseCode(), command.enterpriseName(), command.county()));
    }

    @CommandHandler
    Long handle(CompleteMotorUpgrade command) {
        ReportingUnit.requireCovers(command.submittedFor(), county, null);
        if (completedOn != null) {
            throw new EnergyRuleViolated("completedOn", "the upgrade was already completed on " + completedOn + "; an upgrade completes once");
        }
        if (command.capacityKw() == null || command.capacityKw().signum() <= 0) {
            throw new InvalidEnergyFigures("capacityKw", "the upgraded capacity must be more than 0 kW");
        }
        apply(new MotorUpgradeCompleted(upgradeId, county, enterpriseCode, command.completedOn(), command.capacityKw()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(MotorUpgradeRegistered event) {
        upgradeId = event.upgradeId();
        county = event.county();
        enterpriseCode = event.enterpriseCode();
    }

    @EventSourcingHandler
    void on(MotorUpgradeCompleted event) {
        completedOn = event.completedOn();
    }
}
