package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.facts.Target;
import cn.gov.qingyuan.plan.views.facts.TargetIndex;

import java.math.BigDecimal;
import java.util.Optional;

/** The target of an indicator for a scope and period, from the targets as published. */
final class Targets {

    private final TargetIndex published;

    Targets(TargetIndex published) {
        this.published = published;
    }

    /**
     * The city's target. The plan states some targets only per year: for the whole plan such an indicator's target is
     * then the sum of its three yearly targets when it adds up over years, else (a level, share or rate to reach) the
     * last year's.
     */
    Optional<Target> city(String indicator, TargetPeriod period, boolean addsUpOverYears) {
        Optional<Target> stated = published.city(indicator, period);
        if (stated.isPresent() || period.isYear()) {
            return stated;
        }
        if (!addsUpOverYears) {
            return published.city(indicator, TargetPeriod.year(period.lastYear()))
                    .map(last -> new Target(last.value(), last.comparator(), last.provenance(), "the " + period.lastYear() + " target: " + last.source()));
        }
        BigDecimal sum = BigDecimal.ZERO;
        Target last = null;
        boolean sample = false;
        for (int year = period.firstYear(); year <= period.lastYear(); year++) {
            last = published.city(indicator, TargetPeriod.year(year)).orElse(null);
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
     * indicator adds up over years (flows and yearly counts) and all three were issued. It takes the city target's
     * comparator.
     */
    Optional<Target> county(String indicator, TargetPeriod period, County county, boolean addsUpOverYears) {
        TargetComparator comparator = city(indicator, period, addsUpOverYears)
                .or(() -> city(indicator, TargetPeriod.year(period.lastYear()), addsUpOverYears))
                .map(Target::comparator).orElse(TargetComparator.AT_LEAST);
        return asAllocated(indicator, period, county, addsUpOverYears).map(target -> target.withComparator(comparator));
    }

    private Optional<Target> asAllocated(String indicator, TargetPeriod period, County county, boolean addsUpOverYears) {
        if (period.isYear()) {
            return published.county(indicator, period, county);
        }
        if (!addsUpOverYears) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean sample = false;
        for (int year = period.firstYear(); year <= period.lastYear(); year++) {
            Target yearly = published.county(indicator, TargetPeriod.year(year), county).orElse(null);
            if (yearly == null) {
                return Optional.empty();
            }
            sum = sum.add(yearly.value());
            sample |= yearly.provenance() == Provenance.SAMPLE;
        }
        return Optional.of(new Target(sum, null, sample ? Provenance.SAMPLE : Provenance.PLAN, "sum of the " + period + " yearly allocations"));
    }
}
