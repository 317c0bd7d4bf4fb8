package cn.gov.qingyuan.plan.parks.command;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresRevised;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresSubmitted;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.ReviseParkFigures;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.SubmitParkFigures;
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
 * One park's figures for one month ({@code huaqiao/2015-06}). Only the park's committee, its host county's
 * government or a city bureau may submit or revise them. They are submitted once, marked late after the period's
 * due date, and changed afterwards only by a revision that carries the whole new set, its reason and the sequence
 * number of the figures it replaces. Every set obeys {@link ParkFigureRules}.
 */
@Aggregate
class ParkMonth {

    @AggregateIdentifier
    private String parkMonthId;
    private ParkMonthRecord month;

    ParkMonth() {
    }

    /*
     * Create-if-missing rather than a constructor: a second submission of the same park and month then meets the
     * recorded figures here and is refused with a reason, instead of failing on the event store's unique key.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(SubmitParkFigures command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.park().hostCounty(), command.park().id());
        if (month != null) {
            throw new RuleViolated("period", "the figures of park " + command.park().id() + " for " + command.period()
                    + " were already submitted; changed figures are a correction with a reason: send them as a revision");
        }
        ParkFigureRules.check(command.figures());
        // Late figures are accepted and marked, never refused (plan section 4.3: due within 8 days after the month).
        boolean late = command.reportedOn().isAfter(command.period().dueDate());
        apply(new ParkFiguresSubmitted(command.parkMonthId(), command.park().id(), command.park().hostCounty(), command.period(),
                command.figures(), command.reportedOn(), late));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ReviseParkFigures command) {
        ReportingUnit.requireCovers(command.submittedFor(), month.county(), month.parkId());
        ParkFigureRules.check(command.figures());
        if (ParkFigureRules.same(month.figures(), command.figures())) {
            throw new RuleViolated("figures", "the figures of park " + month.parkId() + " for " + command.period()
                    + " are already exactly these; nothing to revise");
        }
        // Every event sets the figures, so the month's version is the sequence number of the set this one corrects.
        apply(new ParkFiguresRevised(parkMonthId, month.parkId(), month.county(), command.period(), command.figures(), month.figures(),
                month.version(), command.reason()));
        return AggregateLifecycle.getVersion();
    }

    /** The same rule the month's state read applies: {@link ParkMonthRecord#FOLD}. */
    @EventSourcingHandler
    void on(ParkMonthEvent event, @SequenceNumber long sequence) {
        month = ParkMonthRecord.FOLD.apply(month, event, sequence);
        parkMonthId = month.parkMonthId();
    }
}
