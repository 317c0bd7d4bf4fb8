package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.views.figures.IndicatorRow;
import cn.gov.qingyuan.plan.views.figures.Views.CountyStanding;
import cn.gov.qingyuan.plan.views.figures.Views.IndicatorView;
import cn.gov.qingyuan.plan.views.figures.Views.Ranking;
import cn.gov.qingyuan.plan.views.figures.Views.Reporting;
import cn.gov.qingyuan.plan.views.figures.Views.ScopeView;
import cn.gov.qingyuan.plan.views.figures.Views.Supervision;
import cn.gov.qingyuan.plan.views.figures.Views.UnitReporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Each view as a table: the same figures as its JSON, one row per indicator, county or unit. */
final class ViewTables {

    private static final List<String> ROW_HEADER = List.of("scope", "indicator", "name_zh", "name_en", "unit", "target", "comparator",
            "target_provenance", "actual", "percent_of_target", "expected_by_now", "percent_of_expected", "status", "rank",
            "ranked_among", "latest_month", "note");

    private ViewTables() {
    }

    static ViewTable of(ScopeView view) {
        return new ViewTable(view.scope() + "-" + view.period(), ROW_HEADER, view.rows().stream().map(ViewTables::cells).toList());
    }

    static ViewTable of(IndicatorView view) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(cells(view.city()));
        view.counties().forEach(row -> rows.add(cells(row)));
        return new ViewTable(view.indicator() + "-" + view.period(), ROW_HEADER, rows);
    }

    static ViewTable of(Ranking ranking) {
        return new ViewTable("ranking-" + ranking.period(),
                List.of("rank", "county", "name_zh", "name_en", "score", "ahead", "on_track", "at_risk", "behind", "with_target"),
                ranking.counties().stream().map(ViewTables::cells).toList());
    }

    static ViewTable of(Supervision supervision) {
        List<String> header = new ArrayList<>(List.of("county", "county_name_zh", "county_name_en"));
        header.addAll(ROW_HEADER.subList(1, ROW_HEADER.size()));
        List<List<Object>> rows = new ArrayList<>();
        supervision.counties().forEach(county -> county.indicators().forEach(row -> {
            List<Object> cells = new ArrayList<>(List.of(county.county(), county.nameZh(), county.nameEn()));
            cells.addAll(cells(row).subList(1, ROW_HEADER.size()));
            rows.add(cells);
        }));
        return new ViewTable("supervision-" + supervision.year(), header, rows);
    }

    static ViewTable of(Reporting reporting) {
        List<String> header = new ArrayList<>(List.of("unit", "kind", "county"));
        for (int month = 1; month <= 12; month++) {
            header.add(String.format("%d-%02d", reporting.year(), month));
        }
        header.addAll(List.of("on_time", "late", "missing"));
        List<List<Object>> rows = new ArrayList<>();
        for (UnitReporting unit : reporting.units()) {
            List<Object> cells = new ArrayList<>(List.of(unit.unit(), unit.kind(), unit.county()));
            unit.months().values().forEach(state -> cells.add(state.name()));
            cells.addAll(List.of(unit.onTime(), unit.late(), unit.missing()));
            rows.add(cells);
        }
        return new ViewTable("reporting-" + reporting.year(), header, rows);
    }

    private static List<Object> cells(IndicatorRow row) {
        return Arrays.asList(row.scope(), row.indicator(), row.nameZh(), row.nameEn(), row.unit(), row.target(), row.comparator(),
                row.targetProvenance(), row.actual(), row.percentOfTarget(), row.expectedByNow(), row.percentOfExpected(),
                row.status().name(), row.rank(), row.rankedAmong(), row.latestMonth(), row.note());
    }

    private static List<Object> cells(CountyStanding s) {
        return Arrays.asList(s.rank(), s.county(), s.nameZh(), s.nameEn(), s.score(), s.ahead(), s.onTrack(), s.atRisk(), s.behind(),
                s.withTarget());
    }
}
