package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.projection.EventEnvelope;

import java.util.Set;

/**
 * What one applied event changed: facts of these measures and/or the targets of these indicators, of this county (and
 * so of the city) in these years, and/or the reporting discipline of those years.
 *
 * @param county null when every county may have changed (a target allocation)
 */
public record FactsChanged(Set<Measure> measures, Set<String> targetsOf, String county, Set<Integer> years, boolean reporting,
                           EventEnvelope cause) {
}
