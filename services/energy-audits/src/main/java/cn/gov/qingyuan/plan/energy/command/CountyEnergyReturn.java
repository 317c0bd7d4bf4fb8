package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.InvalidFigures;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnRevised;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.energy.EnergyReturnFigures;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.ReviseEnergyReturn;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.SubmitEnergyReturn;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One county's energy and emissions return as of one month ({@code yingde/2015-06}). Only the county's government or
 * a city bureau may submit or revise it. It is submitted once, marked late after its period's due date, and changed
 * afterwards only by a revision with the whole new set of figures and its reason. Every set reports at least one
 * figure and none is negative. Emissions above a limit are recorded as they are: that is what the indicator watches.
 */
@Aggregate
class CountyEnergyReturn {

    @AggregateIdentifier
    private String returnId;
    private EnergyReturnRecord energyReturn;

    /* Create-if-missing, so a second submission meets the recorded return and is refused with a reason. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(SubmitEnergyReturn command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.county(), null);
        if (energyReturn != null) {
            throw new RuleViolated("period", "the energy return of " + command.county().code() + " for " + command.period()
                    + " was already submitted; a changed figure needs a reason: send a revision");
        }
        check(command.figures());
        // Late returns are accepted and marked, never refused (plan section 4.3: due within 8 days after the month).
        boolean late = command.reportedOn().isAfter(command.period().dueDate());
        apply(new CountyEnergyReturnSubmitted(command.returnId(), command.county(), command.period(), command.figures(),
                command.reportedOn(), late));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ReviseEnergyReturn command) {
        County county = energyReturn.county();
        ReportingUnit.requireCovers(command.submittedFor(), county, null);
        check(command.figures());
        if (same(energyReturn.figures(), command.figures())) {
            throw new RuleViolated("figures", "the energy return of " + county.code() + " for " + command.period()
                    + " already reports exactly these figures; nothing to revise");
        }
        apply(new CountyEnergyReturnRevised(returnId, county, command.period(), command.figures(), energyReturn.figures(),
                energyReturn.figuresSequence(), command.reason()));
        return AggregateLifecycle.getVersion();
    }

    private static void check(EnergyReturnFigures figures) {
        Map<String, BigDecimal> reported = reported(figures);
        if (reported.isEmpty()) {
            throw new InvalidFigures(null, "an energy return reports at least one figure");
        }
        reported.forEach((name, value) -> {
            if (value.signum() < 0) {
                throw new InvalidFigures(name, "must not be negative");
            }
        });
    }

    /** Whether two sets report the same figures, whatever their scale ({@code 10} and {@code 10.00} are the same). */
    private static boolean same(EnergyReturnFigures a, EnergyReturnFigures b) {
        Map<String, BigDecimal> left = reported(a);
        Map<String, BigDecimal> right = reported(b);
        return left.keySet().equals(right.keySet())
                && left.entrySet().stream().allMatch(e -> e.getValue().compareTo(right.get(e.getKey())) == 0);
    }

    /** The reported figures by name, read from the record so that a figure added to the contract is covered too. */
    private static Map<String, BigDecimal> reported(EnergyReturnFigures figures) {
        Map<String, BigDecimal> reported = new LinkedHashMap<>();
        if (figures == null) {
            return reported;
        }
        for (RecordComponent component : EnergyReturnFigures.class.getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(figures);
                if (value != null) {
                    reported.put(component.getName(), (BigDecimal) value);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + component.getName(), e);
            }
        }
        return reported;
    }

    /** The same rule the return's state read applies: {@link EnergyReturnRecord#FOLD}. */
    @EventSourcingHandler
    void on(CountyEnergyReturnEvent event, @SequenceNumber long sequence) {
        energyReturn = EnergyReturnRecord.FOLD.apply(energyReturn, event, sequence);
        returnId = energyReturn.returnId();
    }
}
