package cn.gov.qingyuan.plan.statistics.command;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnRevised;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnSubmitted;
import cn.gov.qingyuan.plan.statistics.command.ReturnCommands.ReviseReturn;
import cn.gov.qingyuan.plan.statistics.command.ReturnCommands.SubmitReturn;
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
 * One county's statistical return as of one month ({@code yingde/2015-06}). Only the county's government or a
 * city bureau may submit or revise it. It is submitted once, marked late after its period's due date, and
 * changed afterwards only by a revision that carries the whole new set of figures, its reason and the sequence
 * number of the figures it replaces. Every set of figures obeys {@link FigureRules}.
 */
@Aggregate
class StatisticalReturn {

    @AggregateIdentifier
    private String returnId;
    private ReturnRecord recorded;

    StatisticalReturn() {
    }

    /*
     * Create-if-missing rather than a constructor: a second submission of the same county and month then meets
     * the recorded return here and is refused with a reason, instead of failing on the event store's unique key.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(SubmitReturn command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.county(), null);
        if (recorded != null) {
            throw new RuleViolated("period", "the return of " + command.county().code() + " for " + command.period()
                    + " was already submitted; a revised return is a correction with a reason: send it as a revision");
        }
        FigureRules.check(command.figures());
        // Late returns are accepted and marked, never refused (plan section 4.3: due within 8 days after the month).
        boolean late = command.reportedOn().isAfter(command.period().dueDate());
        apply(new StatisticalReturnSubmitted(command.returnId(), command.county(), command.period(), command.figures(),
                command.reportedOn(), late));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ReviseReturn command) {
        ReportingUnit.requireCovers(command.submittedFor(), recorded.county(), null);
        FigureRules.check(command.figures());
        if (FigureRules.same(recorded.figures(), command.figures())) {
            throw new RuleViolated("figures", "the return of " + recorded.county().code() + " for " + command.period()
                    + " already reports exactly these figures; nothing to revise");
        }
        apply(new StatisticalReturnRevised(returnId, recorded.county(), command.period(), command.figures(), recorded.figures(),
                recorded.version(), command.reason()));
        return AggregateLifecycle.getVersion();
    }

    /** The same rule the return's state read applies: {@link ReturnRecord#FOLD}. */
    @EventSourcingHandler
    void on(StatisticalReturnEvent event, @SequenceNumber long sequence) {
        recorded = ReturnRecord.FOLD.apply(recorded, event, sequence);
        returnId = recorded.returnId();
    }
}
