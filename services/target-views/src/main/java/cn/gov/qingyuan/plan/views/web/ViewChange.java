package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.views.facts.FactsChanged;

import java.util.Set;

/**
 * What one applied event changed, as the live streams see it: the indicators whose rows may differ, and the facts'
 * change behind it (county, years, reporting discipline, the event).
 */
record ViewChange(Set<String> indicators, FactsChanged facts) {

    boolean touchesYearOf(int firstYear, int lastYear) {
        return facts.years().stream().anyMatch(year -> year >= firstYear && year <= lastYear);
    }

    boolean reporting() {
        return facts.reporting();
    }

    Set<Integer> years() {
        return facts.years();
    }
}
