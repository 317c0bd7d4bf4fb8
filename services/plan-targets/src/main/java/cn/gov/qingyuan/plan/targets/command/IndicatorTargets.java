package cn.gov.qingyuan.plan.targets.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.targets.CountyValue;
import cn.gov.qingyuan.plan.contracts.targets.IndicatorCode;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CityTargetSet;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CountyAllocationIssued;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.targets.command.TargetCommands.IssueCountyAllocation;
import cn.gov.qingyuan.plan.targets.command.TargetCommands.SetCityTarget;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The targets of one indicator (id = its code): the city's target per plan year and for the whole plan, and the
 * county split of each year. A target or split is never overwritten in the history: a new one replaces it in force.
 * A split names all eight counties with non-negative values; where county figures add up, it must add up to the
 * year's city target within 0.5 % unless the planner accepts the difference with a reason. A split issued after the
 * year's due date is accepted and marked late. Repeating what is in force records nothing.
 */
@Aggregate
class IndicatorTargets {

    /** How far a county split may be off its city target before it needs an accepted reason: rounding, not policy. */
    static final BigDecimal TOLERANCE = new BigDecimal("0.005");

    @AggregateIdentifier
    private IndicatorCode indicator;
    /** Null until the first event: commands may create the aggregate. */
    private TargetsInForce targets;

    IndicatorTargets() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(SetCityTarget command) {
        requireVersion(command.indicator(), command.expectedVersion());
        CityTargetSet current = targets == null ? null : targets.cityTarget(command.period());
        if (current != null && (command.onlyIfAbsent() || sameTarget(current, command))) {
            return AggregateLifecycle.getVersion();
        }
        apply(new CityTargetSet(command.indicator(), command.period(), command.value(), command.unit(), command.comparator(),
                command.provenance(), command.source(), current == null ? null : current.value()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    Long handle(IssueCountyAllocation command) {
        requireVersion(command.indicator(), command.expectedVersion());
        if (!command.year().isYear()) {
            throw new RuleViolated("year", "only a plan year is split over the counties, not " + command.year());
        }
        CountyAllocationIssued current = targets == null ? null : targets.allocation(command.year());
        if (current != null && command.onlyIfAbsent()) {
            return AggregateLifecycle.getVersion();
        }
        List<CountyValue> values = completeSplit(command.values());
        if (current != null && sameAllocation(current, values, command)) {
            return AggregateLifecycle.getVersion();
        }
        CityTargetSet target = targets == null ? null : targets.cityTarget(command.year());
        String mismatchReason = command.addsUpOverCounties() && target != null
                ? acceptedMismatch(values, target, command) : null;
        boolean late = command.issuedOn().isAfter(command.year().allocationDueDate());
        apply(new CountyAllocationIssued(command.indicator(), command.year(), values, command.unit(), command.provenance(),
                command.issuedOn(), late, current == null ? 1 : current.allocationNumber() + 1,
                current == null ? null : current.allocationNumber(), command.note(), target == null ? null : target.value(),
                mismatchReason));
        return AggregateLifecycle.getVersion();
    }

    /** Axon checks {@code @TargetAggregateVersion} only on aggregates it loads, never on ones it may create. */
    private static void requireVersion(IndicatorCode id, Long expected) {
        Long actual = AggregateLifecycle.getVersion();
        if (expected != null && !expected.equals(actual)) {
            throw new ConflictingAggregateVersionException(id.toString(), expected, actual == null ? -1 : actual);
        }
    }

    private static List<CountyValue> completeSplit(Map<County, BigDecimal> given) {
        List<String> missing = new ArrayList<>();
        List<CountyValue> values = new ArrayList<>();
        for (County county : County.values()) {
            BigDecimal value = given.get(county);
            if (value == null) {
                missing.add(county.code());
            } else if (value.signum() < 0) {
                throw new RuleViolated("values." + county.code(), "must not be negative");
            } else {
                values.add(new CountyValue(county, value));
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleViolated("values", "a county split names all 8 counties; missing: " + String.join(", ", missing));
        }
        return values;
    }

    /** Null when the counties add up to the city target within the tolerance; the planner's reason when accepted. */
    private static String acceptedMismatch(List<CountyValue> values, CityTargetSet target, IssueCountyAllocation command) {
        BigDecimal sum = values.stream().map(CountyValue::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = sum.subtract(target.value()).abs();
        if (difference.compareTo(target.value().abs().multiply(TOLERANCE)) <= 0) {
            return null;
        }
        if (command.mismatchReason() != null) {
            return command.mismatchReason();
        }
        String share = target.value().signum() == 0 ? ""
                : " (" + difference.multiply(BigDecimal.valueOf(100)).divide(target.value().abs(), 2, RoundingMode.HALF_UP).toPlainString() + " %)";
        throw new RuleViolated("values", "the counties add up to " + sum.toPlainString() + " " + target.unit() + " but the city target for "
                + command.year() + " is " + target.value().toPlainString() + " " + target.unit() + ": they differ by "
                + difference.toPlainString() + share + ", more than 0.5 %; send \"acceptMismatch\": true with a reason to issue it anyway");
    }

    private static boolean sameTarget(CityTargetSet current, SetCityTarget command) {
        return current.value().compareTo(command.value()) == 0 && current.comparator() == command.comparator()
                && current.provenance() == command.provenance() && Objects.equals(current.source(), command.source());
    }

    private static boolean sameAllocation(CountyAllocationIssued current, List<CountyValue> values, IssueCountyAllocation command) {
        for (int i = 0; i < values.size(); i++) {
            if (current.values().get(i).value().compareTo(values.get(i).value()) != 0) {
                return false;
            }
        }
        return current.provenance() == command.provenance() && current.issuedOn().equals(command.issuedOn())
                && Objects.equals(current.note(), command.note());
    }

    /** The same rule the indicator's read applies: {@link TargetsInForce#FOLD}. */
    @EventSourcingHandler
    void on(PlanTargetEvent event, @SequenceNumber long sequence) {
        targets = TargetsInForce.FOLD.apply(targets, event, sequence);
        indicator = targets.indicator();
    }
}
