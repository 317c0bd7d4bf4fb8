package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent.EnterpriseMonitoringConnected;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.ConnectEnterpriseMonitoring;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An enterprise's connection to online energy-consumption monitoring, identified by its enterprise code, so the
 * plan's count of connected enterprises is a count of distinct enterprises. An enterprise is connected once. It is
 * stored under {@link ConnectionRecord#storedId}, an id space of its own.
 */
@Aggregate
class MonitoringConnection {

    @AggregateIdentifier
    private String storedId;
    private ConnectionRecord connection;

    /* Create-if-missing, so a second connection meets the recorded one and is refused with a reason. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(ConnectEnterpriseMonitoring command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.county(), null);
        if (connection != null) {
            throw new RuleViolated("enterpriseCode", "enterprise " + command.enterpriseCode() + " was already connected on "
                    + connection.connectedOn() + "; an enterprise is connected once");
        }
        apply(new EnterpriseMonitoringConnected(command.enterpriseCode(), command.enterpriseName(), command.county(),
                command.connectedOn()));
        return AggregateLifecycle.getVersion();
    }

    /** The same rule the connection's state read applies: {@link ConnectionRecord#FOLD}. */
    @EventSourcingHandler
    void on(EnergyMonitoringEvent event, @SequenceNumber long sequence) {
        connection = ConnectionRecord.FOLD.apply(connection, event, sequence);
        storedId = ConnectionRecord.storedId(connection.enterpriseCode().value());
    }
}
