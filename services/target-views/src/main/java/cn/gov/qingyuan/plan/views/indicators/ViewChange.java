package cn.gov.qingyuan.plan.views.indicators;

import cn.gov.qingyuan.plan.projection.EventEnvelope;

import java.util.Set;

/**
 * What one applied event changed: these indicators of this county (and so of the city) in these years, and/or the
 * reporting discipline of a year. Live streams decide from it whether their view changed.
 *
 * @param county null when every county may have changed (a target allocation)
 */
public record ViewChange(Set<String> indicators, String county, Set<Integer> years, boolean reporting, EventEnvelope cause) {

    public boolean touchesYearOf(int firstYear, int lastYear) {
        return years.stream().anyMatch(year -> year >= firstYear && year <= lastYear);
    }
}
