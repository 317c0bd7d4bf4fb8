package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.contracts.targets.CountyValue;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CityTargetSet;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CountyAllocationIssued;
import cn.gov.qingyuan.plan.projection.EventEnvelope;

import java.util.LinkedHashSet;
import java.util.Set;

/** The plan's targets from the plan-targets topic: a city target per indicator and period, a county split per year. */
final class TargetFacts {

    private final FactStore store;
    private final FactChanges changes;

    TargetFacts(FactStore store, FactChanges changes) {
        this.store = store;
        this.changes = changes;
    }

    void citySet(CityTargetSet e, EventEnvelope env) {
        Target target = new Target(e.value(), e.comparator(), e.provenance(), e.source());
        if (store.cityTarget(e.indicator().value(), e.period(), env, target)) {
            announce(e.indicator().value(), years(e.period().firstYear(), e.period().lastYear()), env);
        }
    }

    void allocationIssued(CountyAllocationIssued e, EventEnvelope env) {
        String source = "allocation " + e.allocationNumber() + " of " + e.issuedOn() + (e.note() == null ? "" : ": " + e.note());
        boolean changed = false;
        for (CountyValue value : e.values()) {
            changed |= store.countyTarget(e.indicator().value(), e.year(), value.county(), env,
                    new Target(value.value(), null, e.provenance(), source));
        }
        if (changed) {
            announce(e.indicator().value(), Set.of(e.year().firstYear()), env);
        }
    }

    private void announce(String indicator, Set<Integer> years, EventEnvelope env) {
        changes.publish(new FactsChanged(Set.of(), Set.of(indicator), null, years, false, env));
    }

    private static Set<Integer> years(int first, int last) {
        Set<Integer> years = new LinkedHashSet<>();
        for (int year = first; year <= last; year++) {
            years.add(year);
        }
        return years;
    }
}
