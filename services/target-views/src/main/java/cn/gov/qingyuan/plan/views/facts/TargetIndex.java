package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The plan's targets as published, in memory: citywide per indicator and period, and each year's county split. A
 * later target or allocation replaces an earlier one. What a target means for another period is the figures' rule.
 */
public final class TargetIndex {

    private final Map<String, Target> byKey = new ConcurrentHashMap<>();

    public void putCity(String indicator, TargetPeriod period, Target target) {
        put(cityKey(indicator, period), target);
    }

    public void putCounty(String indicator, TargetPeriod year, County county, Target target) {
        put(countyKey(indicator, year, county), target);
    }

    void put(String key, Target target) {
        byKey.put(key, target);
    }

    /** The city's target as stated for exactly this period. */
    public Optional<Target> city(String indicator, TargetPeriod period) {
        return Optional.ofNullable(byKey.get(cityKey(indicator, period)));
    }

    /** The county's allocation for one year. */
    public Optional<Target> county(String indicator, TargetPeriod year, County county) {
        return Optional.ofNullable(byKey.get(countyKey(indicator, year, county)));
    }

    static String cityKey(String indicator, TargetPeriod period) {
        return "city|" + indicator + "|" + period;
    }

    static String countyKey(String indicator, TargetPeriod year, County county) {
        return "county|" + indicator + "|" + year + "|" + county.code();
    }
}
