package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.Indicator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every view the API serves from one set of figures, on one day, by its path: each plan year and the whole plan for
 * the city, every county, every indicator and the ranking, the investment views, and each year's reporting discipline
 * and summons list. What two read models are compared on (a rebuild against the live one).
 */
public final class EveryView {

    private EveryView() {
    }

    public static Map<String, Object> of(Figures figures, FigureRules rules, LocalDate today) {
        Map<String, Object> views = new LinkedHashMap<>();
        List<TargetPeriod> periods = new ArrayList<>();
        for (int year = TargetPeriod.PLAN_FIRST_YEAR; year <= TargetPeriod.PLAN_LAST_YEAR; year++) {
            periods.add(TargetPeriod.year(year));
        }
        periods.add(TargetPeriod.WHOLE_PLAN);
        IndicatorViews indicatorViews = figures.views();
        for (TargetPeriod period : periods) {
            String p = "?period=" + period;
            views.put("/api/views/city" + p, indicatorViews.city(period, today));
            for (County county : County.values()) {
                views.put("/api/views/counties/" + county.code() + p, indicatorViews.county(county, period, today));
            }
            for (Indicator indicator : rules.indicators().all()) {
                String code = indicator.code().value();
                indicatorViews.indicator(code, period, today).ifPresent(view -> views.put("/api/views/indicators/" + code + p, view));
            }
            views.put("/api/views/ranking" + p, indicatorViews.ranking(period, today));
            views.put("/api/views/industrial-investment/city" + p, figures.investment().city(period));
            for (County county : County.values()) {
                views.put("/api/views/industrial-investment/counties/" + county.code() + p, figures.investment().county(county, period));
            }
        }
        for (int year = TargetPeriod.PLAN_FIRST_YEAR; year <= TargetPeriod.PLAN_LAST_YEAR; year++) {
            views.put("/api/views/reporting?year=" + year, figures.reporting().of(year, today));
            views.put("/api/views/supervision?year=" + year, indicatorViews.supervision(year, today));
        }
        return views;
    }
}
