package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.InvalidFigures;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeCompleted;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeRegistered;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.CompleteMotorUpgrade;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.RegisterMotorUpgrade;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An enterprise's motor energy-efficiency upgrade project. It completes once, with the capacity upgraded (kW, more
 * than 0). Only the county's government or a city bureau may change it.
 */
@Aggregate
class MotorUpgrade {

    @AggregateIdentifier
    private String upgradeId;
    private UpgradeRecord upgrade;

    MotorUpgrade() {
    }

    @CommandHandler
    MotorUpgrade(RegisterMotorUpgrade command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.county(), null);
        apply(new MotorUpgradeRegistered(command.upgradeId(), command.enterpriseCode(), command.enterpriseName(), command.county()));
    }

    @CommandHandler
    Long handle(CompleteMotorUpgrade command) {
        ReportingUnit.requireCovers(command.submittedFor(), upgrade.county(), null);
        if (upgrade.completedOn() != null) {
            throw new RuleViolated("completedOn", "the upgrade was already completed on " + upgrade.completedOn()
                    + "; an upgrade completes once");
        }
        if (command.capacityKw() == null || command.capacityKw().signum() <= 0) {
            throw new InvalidFigures("capacityKw", "the upgraded capacity must be more than 0 kW");
        }
        apply(new MotorUpgradeCompleted(upgradeId, upgrade.county(), upgrade.enterpriseCode(), command.completedOn(), command.capacityKw()));
        return AggregateLifecycle.getVersion();
    }

    /** The same rule the upgrade's state read applies: {@link UpgradeRecord#FOLD}. */
    @EventSourcingHandler
    void on(MotorUpgradeEvent event, @SequenceNumber long sequence) {
        upgrade = UpgradeRecord.FOLD.apply(upgrade, event, sequence);
        upgradeId = upgrade.upgradeId();
    }
}
