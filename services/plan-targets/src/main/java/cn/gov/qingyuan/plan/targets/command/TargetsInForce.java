package cn.gov.qingyuan.plan.targets.command;

import cn.gov.qingyuan.plan.commands.RecordFold;
import cn.gov.qingyuan.plan.contracts.targets.IndicatorCode;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CityTargetSet;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CountyAllocationIssued;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;

import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * An indicator's targets as its events make them: the city target and the county split in force per period, the one
 * rule that {@link IndicatorTargets} applies when it is loaded and that the indicator's read answers with.
 *
 * @param version      the sequence number of its latest event (the ETag)
 * @param cityTargets  per plan year, then the whole plan
 * @param allocations  per plan year
 */
public record TargetsInForce(IndicatorCode indicator, long version, Map<TargetPeriod, InForce<CityTargetSet>> cityTargets,
                             Map<TargetPeriod, InForce<CountyAllocationIssued>> allocations) {

    /** A figure in force and the sequence number of the event that set it, whose metadata says who set it and when. */
    public record InForce<T>(T event, long sequence) {
    }

    /** Plan years first, then the whole plan. */
    private static final Comparator<TargetPeriod> PERIODS = Comparator.comparing((TargetPeriod p) -> !p.isYear())
            .thenComparingInt(TargetPeriod::firstYear);

    public static final RecordFold<PlanTargetEvent, TargetsInForce> FOLD = TargetsInForce::next;

    private static TargetsInForce next(TargetsInForce targets, PlanTargetEvent event, long sequence) {
        TargetsInForce before = targets != null ? targets : new TargetsInForce(event.indicator(), sequence, Map.of(), Map.of());
        if (event instanceof CityTargetSet set) {
            return new TargetsInForce(set.indicator(), sequence, with(before.cityTargets, set.period(), new InForce<>(set, sequence)),
                    before.allocations);
        }
        CountyAllocationIssued issued = (CountyAllocationIssued) event;
        return new TargetsInForce(issued.indicator(), sequence, before.cityTargets,
                with(before.allocations, issued.year(), new InForce<>(issued, sequence)));
    }

    /** The city target in force for {@code period}, or null. */
    CityTargetSet cityTarget(TargetPeriod period) {
        InForce<CityTargetSet> target = cityTargets.get(period);
        return target == null ? null : target.event();
    }

    /** The county split in force for {@code year}, or null. */
    CountyAllocationIssued allocation(TargetPeriod year) {
        InForce<CountyAllocationIssued> allocation = allocations.get(year);
        return allocation == null ? null : allocation.event();
    }

    private static <T> Map<TargetPeriod, InForce<T>> with(Map<TargetPeriod, InForce<T>> figures, TargetPeriod period, InForce<T> figure) {
        Map<TargetPeriod, InForce<T>> next = new TreeMap<>(PERIODS);
        next.putAll(figures);
        next.put(period, figure);
        return Collections.unmodifiableMap(next);
    }
}
