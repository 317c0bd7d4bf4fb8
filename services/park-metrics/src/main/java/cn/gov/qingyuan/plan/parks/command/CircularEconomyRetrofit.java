package cn.gov.qingyuan.plan.parks.command;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.CircularEconomyRetrofitCompleted;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.CircularEconomyRetrofitStarted;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.CompleteCircularEconomyRetrofit;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.StartCircularEconomyRetrofit;
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
 * A park's circular-economy retrofit (plan action 6), identified by the park's id. Only the park's committee, its
 * host county's government or a city bureau may record it. It starts once and completes once, not before the day
 * it started: completing twice would count the park twice or move it to another year.
 */
@Aggregate
class CircularEconomyRetrofit {

    @AggregateIdentifier
    private String parkId;
    private RetrofitRecord retrofit;

    CircularEconomyRetrofit() {
    }

    /* Create-if-missing, so that a second start meets the recorded one and is refused with a reason. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(StartCircularEconomyRetrofit command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.park().hostCounty(), command.park().id());
        if (retrofit != null) {
            throw new RuleViolated("startedOn", "the circular-economy retrofit of park " + command.park().id()
                    + " already started on " + retrofit.startedOn() + "; a park starts it once");
        }
        apply(new CircularEconomyRetrofitStarted(command.park().id(), command.park().hostCounty(), command.startedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(CompleteCircularEconomyRetrofit command) {
        ReportingUnit.requireCovers(command.submittedFor(), retrofit.county(), parkId);
        if (retrofit.completedOn() != null) {
            throw new RuleViolated("completedOn", "the circular-economy retrofit of park " + parkId + " was already completed on "
                    + retrofit.completedOn() + "; a park completes it once");
        }
        if (command.completedOn().isBefore(retrofit.startedOn())) {
            throw new RuleViolated("completedOn", "the circular-economy retrofit of park " + parkId + " started on "
                    + retrofit.startedOn() + "; it cannot be completed before, on " + command.completedOn());
        }
        apply(new CircularEconomyRetrofitCompleted(parkId, retrofit.county(), retrofit.startedOn(), command.completedOn()));
        return AggregateLifecycle.getVersion();
    }

    /** The same rule the retrofit's state read applies: {@link RetrofitRecord#FOLD}. */
    @EventSourcingHandler
    void on(CircularEconomyRetrofitEvent event, @SequenceNumber long sequence) {
        retrofit = RetrofitRecord.FOLD.apply(retrofit, event, sequence);
        parkId = retrofit.parkId();
    }
}
