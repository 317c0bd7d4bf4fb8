package cn.gov.qingyuan.plan.views.facts;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every fact the indicators are computed from, in memory, by measure and year, with running monthly totals of the
 * flows. {@link FactStore} fills it from MongoDB and keeps it current; the figures only read it.
 */
public final class FactIndex {

    /** Σ and number of the reported values of a flow measure in one county and month, kept as facts come and go. */
    public record MonthTotal(BigDecimal sum, int facts) {

        static final MonthTotal NONE = new MonthTotal(BigDecimal.ZERO, 0);

        MonthTotal plus(BigDecimal value, int sign) {
            return new MonthTotal(sign > 0 ? sum.add(value) : sum.subtract(value), facts + sign);
        }
    }

    private final Map<String, Fact> byKey = new ConcurrentHashMap<>();
    private final Map<Measure, Map<Integer, Map<String, Fact>>> byMeasureAndYear = new EnumMap<>(Measure.class);
    private final Map<Measure, Map<String, Map<YearMonth, MonthTotal>>> flowTotals = new EnumMap<>(Measure.class);

    public FactIndex() {
        for (Measure measure : Measure.values()) {
            byMeasureAndYear.put(measure, new ConcurrentHashMap<>());
            flowTotals.put(measure, new ConcurrentHashMap<>());
        }
    }

    /** Makes {@code fact} the fact {@code key}, replacing the one before (a correction or revision). */
    public void put(String key, Fact fact) {
        Fact before = byKey.put(key, fact);
        if (before != null) {
            yearOf(before).remove(key);
            total(before, -1);
        }
        yearOf(fact).put(key, fact);
        total(fact, +1);
    }

    private void total(Fact fact, int sign) {
        if (fact.value() != null && isFlow(fact.measure())) {
            flowTotals.get(fact.measure()).computeIfAbsent(fact.county(), county -> new ConcurrentHashMap<>())
                    .merge(fact.month(), MonthTotal.NONE.plus(fact.value(), sign), (a, b) -> a.plus(fact.value(), sign));
        }
    }

    private static boolean isFlow(Measure measure) {
        return measure.kind() == Measure.Kind.MONTHLY_FLOW || measure.kind() == Measure.Kind.EVENT_FLOW;
    }

    private Map<String, Fact> yearOf(Fact fact) {
        return byMeasureAndYear.get(fact.measure()).computeIfAbsent(fact.month().getYear(), year -> new ConcurrentHashMap<>());
    }

    /** A flow measure's totals by month for one county (its facts summed as they were recorded). */
    public Map<YearMonth, MonthTotal> flowTotals(Measure measure, String county) {
        Map<YearMonth, MonthTotal> ofCounty = flowTotals.get(measure).get(county);
        return ofCounty == null ? Map.of() : ofCounty;
    }

    public Collection<Fact> facts(Measure measure, int year) {
        Map<String, Fact> ofYear = byMeasureAndYear.get(measure).get(year);
        return ofYear == null ? List.of() : ofYear.values();
    }

    /** The facts of every year up to and including {@code lastYear}. */
    public Collection<Fact> factsUpTo(Measure measure, int lastYear) {
        List<Fact> all = new ArrayList<>();
        byMeasureAndYear.get(measure).forEach((year, ofYear) -> {
            if (year <= lastYear) {
                all.addAll(ofYear.values());
            }
        });
        return all;
    }
}
