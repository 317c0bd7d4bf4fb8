package cn.gov.qingyuan.plan.views.indicators;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Every fact the indicators are computed from, by measure and year ({@code indicator_facts} in MongoDB). */
@Component
class FactBook {

    /** Σ and number of the reported values of a flow measure in one county and month, kept as facts come and go. */
    record MonthTotal(BigDecimal sum, int facts) {

        static final MonthTotal NONE = new MonthTotal(BigDecimal.ZERO, 0);

        MonthTotal plus(BigDecimal value, int sign) {
            return new MonthTotal(sign > 0 ? sum.add(value) : sum.subtract(value), facts + sign);
        }
    }

    private final Mirror<Fact> facts;
    private final Map<Measure, Map<Integer, Map<String, Fact>>> byMeasureAndYear = new EnumMap<>(Measure.class);
    private final Map<Measure, Map<String, Map<YearMonth, MonthTotal>>> flowTotals = new EnumMap<>(Measure.class);

    FactBook(MongoDatabase database) {
        for (Measure measure : Measure.values()) {
            byMeasureAndYear.put(measure, new ConcurrentHashMap<>());
            flowTotals.put(measure, new ConcurrentHashMap<>());
        }
        this.facts = new Mirror<>(database.getCollection("indicator_facts"), Fact::toDocument, Fact::fromDocument);
        facts.forEach(this::index);
    }

    /** @return whether the fact changed anything (false for a redelivered or overtaken event) */
    boolean record(String key, long sequence, Fact fact) {
        Optional<Fact> before = facts.put(key, sequence, fact);
        if (before == null) {
            return false;
        }
        before.ifPresent(old -> {
            yearOf(old).remove(key);
            total(old, -1);
        });
        index(key, fact);
        return true;
    }

    private void index(String key, Fact fact) {
        yearOf(fact).put(key, fact);
        total(fact, +1);
    }

    private void total(Fact fact, int sign) {
        if (fact.value() != null && isFlow(fact.measure())) {
            flowTotals.get(fact.measure()).computeIfAbsent(fact.county(), county -> new ConcurrentHashMap<>())
                    .merge(fact.month(), MonthTotal.NONE.plus(fact.value(), sign), (a, b) -> a.plus(fact.value(), sign));
        }
    }

    static boolean isFlow(Measure measure) {
        return measure.kind() == Measure.Kind.MONTHLY_FLOW || measure.kind() == Measure.Kind.EVENT_FLOW;
    }

    /** A flow measure's totals by month for one county (its facts summed as they were recorded). */
    Map<YearMonth, MonthTotal> flowTotals(Measure measure, String county) {
        Map<YearMonth, MonthTotal> ofCounty = flowTotals.get(measure).get(county);
        return ofCounty == null ? Map.of() : ofCounty;
    }

    private Map<String, Fact> yearOf(Fact fact) {
        return byMeasureAndYear.get(fact.measure()).computeIfAbsent(fact.month().getYear(), year -> new ConcurrentHashMap<>());
    }

    Collection<Fact> facts(Measure measure, int year) {
        Map<String, Fact> ofYear = byMeasureAndYear.get(measure).get(year);
        return ofYear == null ? List.of() : ofYear.values();
    }

    /** The facts of every year up to and including {@code lastYear}. */
    Collection<Fact> factsUpTo(Measure measure, int lastYear) {
        List<Fact> all = new ArrayList<>();
        byMeasureAndYear.get(measure).forEach((year, ofYear) -> {
            if (year <= lastYear) {
                all.addAll(ofYear.values());
            }
        });
        return all;
    }
}
