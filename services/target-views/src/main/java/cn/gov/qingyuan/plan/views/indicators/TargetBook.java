package cn.gov.qingyuan.plan.views.indicators;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plan's targets as the plan-targets service publishes them: citywide per indicator and period, and each year's
 * county split ({@code indicator_targets} in MongoDB). A later target or allocation replaces an earlier one.
 */
@Component
public class TargetBook {

    /**
     * A target in the indicator's unit.
     *
     * @param comparator how the plan words it; null for a county allocation, which takes the city target's
     * @param source     where the figure comes from, in words (the plan's section, or the allocation's note)
     */
    public record Target(BigDecimal value, TargetComparator comparator, Provenance provenance, String source) {

        Document toDocument() {
            return new Document("value", value.toPlainString()).append("comparator", comparator == null ? null : comparator.name())
                    .append("provenance", provenance.name()).append("source", source);
        }

        static Target fromDocument(Document stored) {
            String comparator = stored.getString("comparator");
            return new Target(new BigDecimal(stored.getString("value")), comparator == null ? null : TargetComparator.valueOf(comparator),
                    Provenance.valueOf(stored.getString("provenance")), stored.getString("source"));
        }

        Target withComparator(TargetComparator resolved) {
            return new Target(value, resolved, provenance, source);
        }
    }

    private final Mirror<Target> targets;
    private final Map<String, Target> byKey = new ConcurrentHashMap<>();

    TargetBook(MongoDatabase database) {
        this.targets = new Mirror<>(database.getCollection("indicator_targets"), Target::toDocument, Target::fromDocument);
        targets.forEach(byKey::put);
    }

    boolean recordCity(String indicator, TargetPeriod period, long sequence, Target target) {
        return record(cityKey(indicator, period), sequence, target);
    }

    boolean recordCounty(String indicator, TargetPeriod year, County county, long sequence, Target target) {
        return record(countyKey(indicator, year, county), sequence, target);
    }

    private boolean record(String key, long sequence, Target target) {
        if (targets.put(key, sequence, target) == null) {
            return false;
        }
        byKey.put(key, target);
        return true;
    }

    /**
     * The city's target. The plan states some targets only per year: for the whole plan such an indicator's target is
     * then the sum of its three yearly targets when it adds up over years, else (a level, share or rate to reach) the
     * last year's.
     */
    public Optional<Target> city(String indicator, TargetPeriod period, boolean addsUpOverYears) {
        Target stated = byKey.get(cityKey(indicator, period));
        if (stated != null || period.isYear()) {
            return Optional.ofNullable(stated);
        }
        if (!addsUpOverYears) {
            return Optional.ofNullable(byKey.get(cityKey(indicator, TargetPeriod.year(period.lastYear()))))
                    .map(last -> new Target(last.value(), last.comparator(), last.provenance(), "the " + period.lastYear() + " target: " + last.source()));
        }
        BigDecimal sum = BigDecimal.ZERO;
        Target last = null;
        boolean sample = false;
        for (int year = period.firstYear(); year <= period.lastYear(); year++) {
            last = byKey.get(cityKey(indicator, TargetPeriod.year(year)));
            if (last == null) {
                return Optional.empty();
            }
            sum = sum.add(last.value());
            sample |= last.provenance() == Provenance.SAMPLE;
        }
        return Optional.of(new Target(sum, last.comparator(), sample ? Provenance.SAMPLE : Provenance.PLAN,
                "sum of the " + period + " yearly targets"));
    }

    /**
     * A county's target: the year's allocation; for the whole plan, the sum of its three yearly allocations when the
     * indicator adds up over years (flows and yearly counts) and all three were issued.
     */
    public Optional<Target> county(String indicator, TargetPeriod period, County county, boolean addsUpOverYears) {
        TargetComparator comparator = city(indicator, period, addsUpOverYears)
                .or(() -> city(indicator, TargetPeriod.year(period.lastYear()), addsUpOverYears))
                .map(Target::comparator).orElse(TargetComparator.AT_LEAST);
        return countyAsAllocated(indicator, period, county, addsUpOverYears).map(target -> target.withComparator(comparator));
    }

    private Optional<Target> countyAsAllocated(String indicator, TargetPeriod period, County county, boolean addsUpOverYears) {
        if (period.isYear()) {
            return Optional.ofNullable(byKey.get(countyKey(indicator, period, county)));
        }
        if (!addsUpOverYears) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        Map<Provenance, Integer> provenances = new HashMap<>();
        for (int year = period.firstYear(); year <= period.lastYear(); year++) {
            Target yearly = byKey.get(countyKey(indicator, TargetPeriod.year(year), county));
            if (yearly == null) {
                return Optional.empty();
            }
            sum = sum.add(yearly.value());
            provenances.merge(yearly.provenance(), 1, Integer::sum);
        }
        Provenance provenance = provenances.containsKey(Provenance.SAMPLE) ? Provenance.SAMPLE : Provenance.PLAN;
        return Optional.of(new Target(sum, null, provenance, "sum of the " + period + " yearly allocations"));
    }

    private static String cityKey(String indicator, TargetPeriod period) {
        return "city|" + indicator + "|" + period;
    }

    private static String countyKey(String indicator, TargetPeriod year, County county) {
        return "county|" + indicator + "|" + year + "|" + county.code();
    }
}
