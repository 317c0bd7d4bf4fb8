package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.energy.EnergyManagementPlatformEvent;
import cn.gov.qingyuan.plan.contracts.energy.EnergyManagementPlatformEvent.EnergyManagementPlatformLaunched;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.LaunchEnergyManagementPlatform;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An energy management centre platform; it goes live once. Stored under {@link PlatformRecord#storedId}, an id space of its own. */
@Aggregate
class EnergyManagementPlatform {

    @AggregateIdentifier
    private String storedId;
    private PlatformRecord platform;

    /* Create-if-missing, so a second launch meets the recorded one and is refused with a reason. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(LaunchEnergyManagementPlatform command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.county(), null);
        if (platform != null) {
            throw new RuleViolated("platformId", "platform " + command.platformId() + " went live on " + platform.launchedOn()
                    + "; a platform goes live once");
        }
        apply(new EnergyManagementPlatformLaunched(command.platformId(), command.name(), command.county(), command.cityPlatform(),
                command.launchedOn()));
        return AggregateLifecycle.getVersion();
    }

    /** The same rule the platform's state read applies: {@link PlatformRecord#FOLD}. */
    @EventSourcingHandler
    void on(EnergyManagementPlatformEvent event, @SequenceNumber long sequence) {
        platform = PlatformRecord.FOLD.apply(platform, event, sequence);
        storedId = PlatformRecord.storedId(platform.platformId());
    }
}
