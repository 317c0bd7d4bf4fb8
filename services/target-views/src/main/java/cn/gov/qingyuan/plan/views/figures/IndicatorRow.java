package cn.gov.qingyuan.plan.views.figures;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;

/**
 * One indicator of one scope (the city or a county) for one period: target, actual, expected by now, status, rank.
 *
 * @param scope            {@code city} or a county code
 * @param expectedByNow    the target pro rata over the months due so far (flows and yearly counts), or the target
 *                         itself (levels, shares and growth rates)
 * @param rank             1 = best among the counties with a target (or, with none, by the figure); null for the city
 *                         and for counties not ranked
 * @param latestMonth      the latest month a figure behind {@code actual} is about
 * @param note             why {@code actual} is null when it cannot be computed
 * @param progress         actual ÷ expected (inverted for a ceiling): what status and rank are judged on
 * @param missed           the period is over and the target was not met, or it is running and the status is BEHIND
 */
public record IndicatorRow(String indicator, String nameZh, String nameEn, String unit, String section, String scope,
                           BigDecimal target, String comparator, String targetProvenance, BigDecimal actual,
                           BigDecimal percentOfTarget, BigDecimal expectedByNow, BigDecimal percentOfExpected, Status status,
                           Integer rank, Integer rankedAmong, String latestMonth, String note,
                           @JsonIgnore BigDecimal progress, @JsonIgnore boolean missed) {

    IndicatorRow ranked(Integer rank, Integer rankedAmong) {
        return new IndicatorRow(indicator, nameZh, nameEn, unit, section, scope, target, comparator, targetProvenance, actual,
                percentOfTarget, expectedByNow, percentOfExpected, status, rank, rankedAmong, latestMonth, note, progress, missed);
    }
}
