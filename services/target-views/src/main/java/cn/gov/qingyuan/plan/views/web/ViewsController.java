package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.views.indicators.IndicatorCatalogue;
import cn.gov.qingyuan.plan.views.indicators.IndicatorViews;
import cn.gov.qingyuan.plan.views.indicators.ReportingDiscipline;
import cn.gov.qingyuan.plan.views.indicators.Views.IndicatorView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The county and citywide target views for monitoring teams (docs/target-views.md): JSON, CSV or XLSX of any view,
 * and a Server-Sent Events stream of each.
 */
@RestController
@RequestMapping("/api/views")
class ViewsController {

    private static final String PERIOD_HELP = "a plan year (2015, 2016, 2017) or the whole plan (2015-2017)";
    private static final String FORMAT_HELP = "json (default), csv or xlsx";

    private final IndicatorViews views;
    private final ReportingDiscipline reporting;
    private final IndicatorCatalogue catalogue;
    private final LiveStreams live;
    private final Parks parks = Parks.shipped();

    ViewsController(IndicatorViews views, ReportingDiscipline reporting, IndicatorCatalogue catalogue, LiveStreams live) {
        this.views = views;
        this.reporting = reporting;
        this.catalogue = catalogue;
        this.live = live;
    }

    @Operation(summary = "The indicators, counties, parks, periods and status thresholds the views use")
    @GetMapping("/catalogue")
    Map<String, Object> catalogue() {
        return Map.of(
                "indicators", catalogue.all(),
                "counties", Arrays.stream(County.values())
                        .map(c -> Map.of("code", c.code(), "nameZh", c.chineseName(), "nameEn", c.englishName())).toList(),
                "parks", parks.all().stream().map(p -> Map.of("id", p.id(), "nameZh", p.chineseName(), "nameEn", p.englishName(),
                        "county", p.hostCounty().code())).toList(),
                "periods", List.of("2015", "2016", "2017", "2015-2017"),
                "statusThresholds", Map.of("AHEAD", "progress >= 105 %", "ON_TRACK", "95 % <= progress < 105 %",
                        "AT_RISK", "85 % <= progress < 95 %", "BEHIND", "progress < 85 %",
                        "progress", "actual / expected-by-now (expected / actual for a ceiling)"));
    }

    @Operation(summary = "Every indicator citywide: target, actual, expected by now, status")
    @GetMapping("/city")
    ResponseEntity<?> city(@Parameter(description = PERIOD_HELP) @RequestParam(defaultValue = "2015-2017") String period,
                           @Parameter(description = FORMAT_HELP) @RequestParam(defaultValue = "json") String format) {
        TargetPeriod p = period(period);
        return render(format, () -> views.city(p), ViewTables::of);
    }

    @GetMapping(value = "/city/stream")
    SseEmitter cityStream(@RequestParam(defaultValue = "2015-2017") String period) {
        TargetPeriod p = period(period);
        return live.open("city", p.toString(), change -> !change.indicators().isEmpty() && touches(change, p),
                indicators -> views.cityRows(indicators, p));
    }

    @Operation(summary = "Every indicator of one county, with its rank among the counties")
    @GetMapping("/counties/{county}")
    ResponseEntity<?> county(@PathVariable County county, @RequestParam(defaultValue = "2015-2017") String period,
                             @RequestParam(defaultValue = "json") String format) {
        TargetPeriod p = period(period);
        return render(format, () -> views.county(county, p), ViewTables::of);
    }

    @GetMapping("/counties/{county}/stream")
    SseEmitter countyStream(@PathVariable County county, @RequestParam(defaultValue = "2015-2017") String period) {
        TargetPeriod p = period(period);
        return live.open("county:" + county.code(), p.toString(), change -> !change.indicators().isEmpty() && touches(change, p),
                indicators -> views.countyRows(indicators, p, county));
    }

    @Operation(summary = "One indicator: the city and the eight counties in rank order")
    @GetMapping("/indicators/{indicator}")
    ResponseEntity<?> indicator(@PathVariable String indicator, @RequestParam(defaultValue = "2015-2017") String period,
                                @RequestParam(defaultValue = "json") String format) {
        TargetPeriod p = period(period);
        IndicatorView view = indicatorView(indicator, p);
        return render(format, () -> view, ViewTables::of);
    }

    @GetMapping("/indicators/{indicator}/stream")
    SseEmitter indicatorStream(@PathVariable String indicator, @RequestParam(defaultValue = "2015-2017") String period) {
        TargetPeriod p = period(period);
        indicatorView(indicator, p);
        return live.open("indicator:" + indicator, p.toString(), change -> change.indicators().contains(indicator) && touches(change, p),
                indicators -> indicatorView(indicator, p));
    }

    @Operation(summary = "The county league table: how many indicators each county has ahead, on track, at risk, behind")
    @GetMapping("/ranking")
    ResponseEntity<?> ranking(@RequestParam(defaultValue = "2015-2017") String period, @RequestParam(defaultValue = "json") String format) {
        TargetPeriod p = period(period);
        return render(format, () -> views.ranking(p), ViewTables::of);
    }

    @GetMapping("/ranking/stream")
    SseEmitter rankingStream(@RequestParam(defaultValue = "2015-2017") String period) {
        TargetPeriod p = period(period);
        return live.open("ranking", p.toString(), change -> !change.indicators().isEmpty() && touches(change, p),
                indicators -> views.ranking(p));
    }

    @Operation(summary = "Reporting discipline of a year under the 8-day rule: per unit and month, and totals")
    @GetMapping("/reporting")
    ResponseEntity<?> reporting(@RequestParam int year, @RequestParam(defaultValue = "json") String format) {
        int y = year(year);
        return render(format, () -> reporting.of(y), ViewTables::of);
    }

    @GetMapping("/reporting/stream")
    SseEmitter reportingStream(@RequestParam int year) {
        int y = year(year);
        return live.open("reporting", Integer.toString(y), change -> change.reporting() && change.years().contains(y),
                indicators -> reporting.of(y));
    }

    @Operation(summary = "The plan's summons list for a year: counties missing an annual target and ranking in the bottom group")
    @GetMapping("/supervision")
    ResponseEntity<?> supervision(@RequestParam int year, @RequestParam(defaultValue = "json") String format) {
        int y = year(year);
        return render(format, () -> views.supervision(y), ViewTables::of);
    }

    @GetMapping("/supervision/stream")
    SseEmitter supervisionStream(@RequestParam int year) {
        int y = year(year);
        return live.open("supervision", Integer.toString(y), change -> !change.indicators().isEmpty() && change.years().contains(y),
                indicators -> views.supervision(y));
    }

    private IndicatorView indicatorView(String indicator, TargetPeriod period) {
        return views.indicator(indicator, period).orElseThrow(() -> ApiProblem.notFound("indicator",
                "'" + indicator + "' is not an indicator of the plan (GET /api/views/catalogue lists them)"));
    }

    private static boolean touches(cn.gov.qingyuan.plan.views.indicators.ViewChange change, TargetPeriod period) {
        return change.touchesYearOf(period.firstYear(), period.lastYear());
    }

    private static <V> ResponseEntity<?> render(String format, Supplier<V> view, Function<V, ViewTable> table) {
        return switch (format) {
            case "json" -> ResponseEntity.ok(view.get());
            case "csv" -> TableExports.csv(table.apply(view.get()));
            case "xlsx" -> TableExports.xlsx(table.apply(view.get()));
            default -> throw ApiProblem.invalid("format", "'" + format + "' is not one of json, csv, xlsx");
        };
    }

    private static TargetPeriod period(String text) {
        try {
            return TargetPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("period", e.getMessage());
        }
    }

    private static int year(int year) {
        if (year < TargetPeriod.PLAN_FIRST_YEAR || year > TargetPeriod.PLAN_LAST_YEAR) {
            throw ApiProblem.invalid("year", year + " is not a plan year (" + TargetPeriod.PLAN_FIRST_YEAR + " to "
                    + TargetPeriod.PLAN_LAST_YEAR + ")");
        }
        return year;
    }
}
