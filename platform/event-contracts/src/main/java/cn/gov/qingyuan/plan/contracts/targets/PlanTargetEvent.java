package cn.gov.qingyuan.plan.contracts.targets;

import cn.gov.qingyuan.plan.contracts.SchemaVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Events of the plan's targets: what the city must achieve per indicator and period, and how each year's target is
 * split over the eight counties. Values are in the indicator's unit (亿元, %, count, 万kW ...), named on every event so
 * a consumer needs no reference data to display one. Keyed by indicator code.
 */
public sealed interface PlanTargetEvent {

    IndicatorCode indicator();

    List<Class<? extends PlanTargetEvent>> ALL = List.of(CityTargetSet.class, CountyAllocationIssued.class);

    /**
     * The citywide target of an indicator for a plan year or the whole plan was set. A later one for the same
     * indicator and period replaces it; both stay in the history.
     *
     * @param previousValue the value it replaces, null for the first target of this period
     * @param source        where the figure comes from, e.g. the plan's section and wording
     */
    @SchemaVersion(1)
    record CityTargetSet(IndicatorCode indicator, TargetPeriod period, BigDecimal value, String unit, TargetComparator comparator,
                         Provenance provenance, String source, BigDecimal previousValue) implements PlanTargetEvent {
    }

    /**
     * The city issued one year's split of an indicator over all eight counties. A later allocation for the same
     * indicator and year supersedes the earlier one; both stay in the history. Due by
     * {@link TargetPeriod#allocationDueDate()}; a later one is accepted and marked late.
     *
     * @param allocationNumber 1 for the year's first allocation of this indicator, then 2, 3 ...
     * @param supersedes       the allocation number this one replaces, null for the first
     * @param cityTarget       the city target of that year the split was checked against, null when none was set
     * @param mismatchReason   why the planner accepted counties that do not add up to the city target (within 0.5 %),
     *                         null when they do or when the indicator does not add up across counties
     */
    @SchemaVersion(1)
    record CountyAllocationIssued(IndicatorCode indicator, TargetPeriod year, List<CountyValue> values, String unit,
                                  Provenance provenance, LocalDate issuedOn, boolean late, int allocationNumber, Integer supersedes,
                                  String note, BigDecimal cityTarget, String mismatchReason) implements PlanTargetEvent {
    }
}
