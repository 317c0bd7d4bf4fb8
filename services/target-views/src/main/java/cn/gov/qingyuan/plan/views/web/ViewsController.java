package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.views.figures.IndicatorViews;
import cn.gov.qingyuan.plan.views.figures.ReportingDiscipline;
import cn.gov.qingyuan.plan.views.figures.Views.IndicatorView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static cn.gov.qingyuan.plan.views.web.RequestValues.period;
import static cn.gov.qingyuan.plan.views.web.RequestValues.year;

/**
 * The county and citywide target views for monitoring teams (docs/target-views.md): JSON, CSV or XLSX of any view,
 * and a Server-Sent Events stream of each.
 */
@RestController
@RequestMapping("/api/views")
class ViewsController {

    private static final String FORMAT_HELP = "json (default), csv or xlsx";

    private final IndicatorViews views;
    private final ReportingDiscipline reporting;
    private final LiveStreams live;
    private final PlanDay clock;

    ViewsController(IndicatorViews views, ReportingDiscipline reporting, LiveStreams live, PlanDay clock) {
        this.views = views;
        this.reporting = reporting;
        this.live = live;
        this.clock = clock;
    }

    @Operation(summary = "Every indicator citywide: target, actual, expected by now, status")
    @GetMapping("/city")
    ResponseEntity<?> city(@Parameter(description = RequestValues.PERIOD_HELP) @RequestParam(defaultValue = "2015-2017") String period,
                           @Parameter(description = FORMAT_HELP) @RequestParam(defaultValue = "json") String format) {
        TargetPeriod p = period(period);
        return render(format, () -> views.city(p, clock.today()), ViewTables::of);
    }

    @GetMapping(value = "/city/stream")
    SseEmitter cityStream(@RequestParam(defaultValue = "2015-2017") String period) {
        TargetPeriod p = period(period);
        return live.open("city", p.toString(), change -> !change.indicators().isEmpty() && touches(change, p),
                indicators -> views.cityRows(indicators, p, clock.today()));
    }

    @Operation(summary = "Every indicator of one county, with its rank among the counties")
    @GetMapping("/counties/{county}")
    ResponseEntity<?> county(@PathVariable County county, @RequestParam(defaultValue = "2015-2017") String period,
                             @RequestParam(defaultValue = "json") String format) {
        TargetPeriod p = period(period);
        return render(format, () -> views.county(county, p, clock.today()), ViewTables::of);
    }

    @GetMapping("/counties/{county}/stream")
    SseEmitter countyStream(@PathVariable County county, @RequestParam(defaultValue = "2015-2017") String period) {
        TargetPeriod p = period(period);
        return live.open("county:" + county.code(), p.toString(), change -> !change.indicators().isEmpty() && touches(change, p),
                indicators -> views.countyRows(indicators, p, county, clock.today()));
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
        return render(format, () -> views.ranking(p, clock.today()), ViewTables::of);
    }

    @GetMapping("/ranking/stream")
    SseEmitter rankingStream(@RequestParam(defaultValue = "2015-2017") String period) {
        TargetPeriod p = period(period);
        return live.open("ranking", p.toString(), change -> !change.indicators().isEmpty() && touches(change, p),
                indicators -> views.ranking(p, clock.today()));
    }

    @Operation(summary = "Reporting discipline of a year under the 8-day rule: per unit and month, and totals")
    @GetMapping("/reporting")
    ResponseEntity<?> reporting(@RequestParam int year, @RequestParam(defaultValue = "json") String format) {
        return render(format, ofYear(year, reporting::of), ViewTables::of);
    }

    @GetMapping("/reporting/stream")
    SseEmitter reportingStream(@RequestParam int year) {
        return yearStream("reporting", year, ViewChange::reporting, reporting::of);
    }

    @Operation(summary = "The plan's summons list for a year: counties missing an annual target and ranking in the bottom group")
    @GetMapping("/supervision")
    ResponseEntity<?> supervision(@RequestParam int year, @RequestParam(defaultValue = "json") String format) {
        return render(format, ofYear(year, views::supervision), ViewTables::of);
    }

    @GetMapping("/supervision/stream")
    SseEmitter supervisionStream(@RequestParam int year) {
        return yearStream("supervision", year, change -> !change.indicators().isEmpty(), views::supervision);
    }

    /** A view of a plan year as of today, the year checked now (before the format). */
    private <V> Supplier<V> ofYear(int year, BiFunction<Integer, LocalDate, V> view) {
        int y = year(year);
        return () -> view.apply(y, clock.today());
    }

    /** The stream of a view of a plan year: sent again when a change of that year is of its kind. */
    private SseEmitter yearStream(String name, int year, Predicate<ViewChange> ofItsKind, BiFunction<Integer, LocalDate, ?> view) {
        int y = year(year);
        return live.open(name, Integer.toString(y), change -> ofItsKind.test(change) && change.years().contains(y),
                indicators -> view.apply(y, clock.today()));
    }

    private IndicatorView indicatorView(String indicator, TargetPeriod period) {
        return views.indicator(indicator, period, clock.today()).orElseThrow(() -> ApiProblem.notFound("indicator",
                "'" + indicator + "' is not an indicator of the plan (GET /api/views/catalogue lists them)"));
    }

    private static boolean touches(ViewChange change, TargetPeriod period) {
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
}
