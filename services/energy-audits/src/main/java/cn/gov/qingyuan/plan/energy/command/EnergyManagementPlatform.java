package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.energy.EnergyManagementPlatformEvent.EnergyManagementPlatformLaunched;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.LaunchEnergyManagementPlatform;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An energy management centre platform; it goes live once. */
@Aggregate
class EnergyManagementPlatform {

    @AggregateIdentifier
    private String platformId;
    private LocalDate launchedOn;

    EnergyManagementPlatform() {
    }

    /* Create-if-missing, so a second launch meets the recorded one and is refused with a reason. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(LaunchEnergyManagementPlatform command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.county(), null);
        if (launchedOn != null) {
            throw new EnergyRuleViolated("platformId", "platform " + command.platformId() + " went live on " + launchedOn
                    + "; a platform goes live once");
        }
        apply(new EnergyManagementPlatformLaunched(command.platformId(), command.name(), command.county(), command.cityPlatform(),
                command.launchedOn()));
        return AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(EnergyManagementPlatformLaunched event) {
        platformId = event.platformId();
        launchedOn = event.launchedOn();
    }
}
