package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.views.figures.InvestmentViews.CityView;
import cn.gov.qingyuan.plan.views.figures.Views.IndicatorView;
import cn.gov.qingyuan.plan.views.figures.Views.Reporting;

/**
 * The citywide views that list every county, as one reader may see them: the citywide figures whole, the counties' rows
 * only of the counties the reader sees (every one, but for a county's or a park's reporter).
 */
final class ReaderViews {

    private ReaderViews() {
    }

    static IndicatorView of(IndicatorView view, Reader reader) {
        return new IndicatorView(view.indicator(), view.nameZh(), view.nameEn(), view.unit(), view.period(), view.asOf(), view.city(),
                view.counties().stream().filter(row -> reader.sees(row.scope())).toList());
    }

    static Reporting of(Reporting reporting, Reader reader) {
        return new Reporting(reporting.year(), reporting.asOf(),
                reporting.units().stream().filter(unit -> reader.sees(unit.county())).toList(),
                reporting.counties().stream().filter(county -> reader.sees(county.county())).toList(), reporting.city());
    }

    static CityView of(CityView view, Reader reader) {
        return new CityView(view.indicator(), view.period(), view.unit(), view.target(), view.completed(), view.completedWanYuan(),
                view.percentOfTarget(), view.reports(), view.milestonesReached(), view.projects(), view.projectsByStage(),
                view.counties().stream().filter(county -> reader.sees(county.county())).toList(), view.updatedAt());
    }
}
