package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every view the service answers, over one set of figures on one day, each under the path that asks for it: the city,
 * each county, the ranking and the investment detail for every plan period (each year and the whole plan), and the
 * summons list and the reporting discipline of every plan year. What an audit pack carries and its verifier recomputes.
 */
public final class ViewSet {

    private ViewSet() {
    }

    /** The periods a view is asked for: each plan year, then the whole plan. */
    public static List<TargetPeriod> periods() {
        List<TargetPeriod> periods = new ArrayList<>();
        for (int year = TargetPeriod.PLAN_FIRST_YEAR; year <= TargetPeriod.PLAN_LAST_YEAR; year++) {
            periods.add(TargetPeriod.year(year));
        }
        periods.add(TargetPeriod.WHOLE_PLAN);
        return periods;
    }

    /** Every view by the request that gives it, e.g. {@code /api/views/counties/yingde?period=2016}. */
    public static Map<String, Object> of(Figures figures, LocalDate today) {
        Map<String, Object> views = new LinkedHashMap<>();
        for (TargetPeriod period : periods()) {
            String query = "?period=" + period;
            views.put("/api/views/city" + query, figures.views().city(period, today));
            for (County county : County.values()) {
                views.put("/api/views/counties/" + county.code() + query, figures.views().county(county, period, today));
            }
            views.put("/api/views/ranking" + query, figures.views().ranking(period, today));
            views.put("/api/views/industrial-investment/city" + query, figures.investment().city(period));
        }
        for (int year = TargetPeriod.PLAN_FIRST_YEAR; year <= TargetPeriod.PLAN_LAST_YEAR; year++) {
            views.put("/api/views/supervision?year=" + year, figures.views().supervision(year, today));
            views.put("/api/views/reporting?year=" + year, figures.reporting().of(year, today));
        }
        return views;
    }
}
