package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.views.figures.Figures;
import cn.gov.qingyuan.plan.views.figures.IndicatorViews;
import cn.gov.qingyuan.plan.views.figures.LiveFigures;
import cn.gov.qingyuan.plan.views.history.PastViews;
import cn.gov.qingyuan.plan.views.history.PastViews.Past;
import cn.gov.qingyuan.plan.views.history.PlanDay;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static cn.gov.qingyuan.plan.views.web.RequestValues.period;
import static cn.gov.qingyuan.plan.views.web.RequestValues.year;

/**
 * The county and citywide target views for monitoring teams (docs/target-views.md): JSON, CSV or XLSX of any view,
 * and a Server-Sent Events stream of each; a reporter reads its own unit's county in them (docs/adr/0013).
 */
@RestController
@RequestMapping("/api/views")
class ViewsController {

    private static final String FORMAT_HELP = "json (default), csv or xlsx";

    private static final String AS_OF_HELP = "auditors only: the view as it stood at this instant, ISO-8601 with an offset"
            + " (e.g. 2016-07-09T00:00+08:00): computed from the events recorded by then, with that day as today";

    private final LiveFigures live;
    private final LiveStreams streams;
    private final PlanDay clock;
    private final PastViews past;
    private final Readers readers;

    ViewsController(LiveFigures live, LiveStreams streams, PlanDay clock, PastViews past, Readers readers) {
        this.live = live;
        this.streams = streams;
        this.clock = clock;
        this.past = past;
        this.readers = readers;
    }

    /** The figures and day a view is computed for: now, or as it stood at {@code asOf}. */
    private record Moment(Figures figures, LocalDate today, Instant asOf) {
    }

    private Moment moment(String asOf) {
        if (asOf == null) {
            return new Moment(live.figures(), clock.today(), null);
        }
        Past then = past.at(RequestValues.instant("asOf", asOf, clock.now()));
        return new Moment(then.figures(), then.today(), then.asOf());
    }

    @Operation(summary = "Every indicator citywide: target, actual, expected by now, status")
    @GetMapping("/city")
    ResponseEntity<?> city(@Parameter(description = RequestValues.PERIOD_HELP) @RequestParam(defaultValue = "2015-2017") String period,
                           @Parameter(description = FORMAT_HELP) @RequestParam(defaultValue = "json") String format,
                           @Parameter(description = AS_OF_HELP) @RequestParam(required = false) String asOf) {
        TargetPeriod p = period(period);
        Moment moment = moment(asOf);
        return render(format, moment, () -> moment.figures().views().city(p, moment.today()), ViewTables::of);
    }

    @GetMapping(value = "/city/stream")
    SseEmitter cityStream(@RequestParam(defaultValue = "2015-2017") String period) {
        TargetPeriod p = period(period);
        return streams.open(readers.current(), "city", p.toString(), change -> !change.indicators().isEmpty() && touches(change, p),
                indicators -> views().cityRows(indicators, p, clock.today()));
    }

    @Operation(summary = "Every indicator of one county, with its rank among the counties")
    @GetMapping("/counties/{county}")
    ResponseEntity<?> county(@PathVariable County county, @RequestParam(defaultValue = "2015-2017") String period,
                             @RequestParam(defaultValue = "json") String format, @RequestParam(required = false) String asOf) {
        readers.current().requireSees(county);
        TargetPeriod p = period(period);
        Moment moment = moment(asOf);
        return render(format, moment, () -> moment.figures().views().county(county, p, moment.today()), ViewTables::of);
    }

    @GetMapping("/counties/{county}/stream")
    SseEmitter countyStream(@PathVariable County county, @RequestParam(defaultValue = "2015-2017") String period) {
        Reader reader = readers.current();
        reader.requireSees(county);
        TargetPeriod p = period(period);
        return streams.open(reader, "county:" + county.code(), p.toString(), change -> !change.indicators().isEmpty() && touches(change, p),
                indicators -> views().countyRows(indicators, p, county, clock.today()));
    }

    @Operation(summary = "One indicator: the city and the eight counties in rank order (a county's or park's reporter: its county)")
    @GetMapping("/indicators/{indicator}")
    ResponseEntity<?> indicator(@PathVariable String indicator, @RequestParam(defaultValue = "2015-2017") String period,
                                @RequestParam(defaultValue = "json") String format, @RequestParam(required = false) String asOf) {
        TargetPeriod p = period(period);
        Moment moment = moment(asOf);
        IndicatorView view = ReaderViews.of(indicatorView(moment.figures().views(), indicator, p, moment.today()), readers.current());
        return render(format, moment, () -> view, ViewTables::of);
    }

    @GetMapping("/indicators/{indicator}/stream")
    SseEmitter indicatorStream(@PathVariable String indicator, @RequestParam(defaultValue = "2015-2017") String period) {
        TargetPeriod p = period(period);
        indicatorView(views(), indicator, p, clock.today());
        Reader reader = readers.current();
        return streams.open(reader, "indicator:" + indicator, p.toString(),
                change -> change.indicators().contains(indicator) && touches(change, p),
                indicators -> ReaderViews.of(indicatorView(views(), indicator, p, clock.today()), reader));
    }

    @Operation(summary = "The county league table: how many indicators each county has ahead, on track, at risk, behind")
    @GetMapping("/ranking")
    ResponseEntity<?> ranking(@RequestParam(defaultValue = "2015-2017") String period, @RequestParam(defaultValue = "json") String format,
                              @RequestParam(required = false) String asOf) {
        TargetPeriod p = period(period);
        Moment moment = moment(asOf);
        return render(format, moment, () -> moment.figures().views().ranking(p, moment.today()), ViewTables::of);
    }

    @GetMapping("/ranking/stream")
    SseEmitter rankingStream(@RequestParam(defaultValue = "2015-2017") String period) {
        TargetPeriod p = period(period);
        return streams.open(readers.current(), "ranking", p.toString(), change -> !change.indicators().isEmpty() && touches(change, p),
                indicators -> views().ranking(p, clock.today()));
    }

    @Operation(summary = "Reporting discipline of a year under the 8-day rule: per unit and month, and totals (a county's or park's reporter: its county's units)")
    @GetMapping("/reporting")
    ResponseEntity<?> reporting(@RequestParam int year, @RequestParam(defaultValue = "json") String format,
                                @RequestParam(required = false) String asOf) {
        int y = year(year);
        Moment moment = moment(asOf);
        Reader reader = readers.current();
        return render(format, moment, () -> ReaderViews.of(moment.figures().reporting().of(y, moment.today()), reader), ViewTables::of);
    }

    @GetMapping("/reporting/stream")
    SseEmitter reportingStream(@RequestParam int year) {
        Reader reader = readers.current();
        return yearStream(reader, "reporting", year, ViewChange::reporting,
                (y, today) -> ReaderViews.of(live.figures().reporting().of(y, today), reader));
    }

    @Operation(summary = "The plan's summons list for a year: counties missing an annual target and ranking in the bottom group")
    @GetMapping("/supervision")
    ResponseEntity<?> supervision(@RequestParam int year, @RequestParam(defaultValue = "json") String format,
                                  @RequestParam(required = false) String asOf) {
        int y = year(year);
        Moment moment = moment(asOf);
        return render(format, moment, () -> moment.figures().views().supervision(y, moment.today()), ViewTables::of);
    }

    @GetMapping("/supervision/stream")
    SseEmitter supervisionStream(@RequestParam int year) {
        return yearStream(readers.current(), "supervision", year, change -> !change.indicators().isEmpty(), (y, today) -> views().supervision(y, today));
    }

    /** The stream of a view of a plan year: sent again when a change of that year is of its kind. */
    private SseEmitter yearStream(Reader reader, String name, int year, Predicate<ViewChange> ofItsKind,
                                  BiFunction<Integer, LocalDate, ?> view) {
        int y = year(year);
        return streams.open(reader, name, Integer.toString(y), change -> ofItsKind.test(change) && change.years().contains(y),
                indicators -> view.apply(y, clock.today()));
    }

    /** The live indicator views, asked at each use: a stream keeps sending after readers are switched to a rebuilt generation. */
    private IndicatorViews views() {
        return live.figures().views();
    }

    private static IndicatorView indicatorView(IndicatorViews views, String indicator, TargetPeriod period, LocalDate today) {
        return views.indicator(indicator, period, today).orElseThrow(() -> ApiProblem.notFound("indicator",
                "'" + indicator + "' is not an indicator of the plan (GET /api/views/catalogue lists them)"));
    }

    private static boolean touches(ViewChange change, TargetPeriod period) {
        return change.touchesYearOf(period.firstYear(), period.lastYear());
    }

    /** The view in its format; one as of a past instant says which in {@value #AS_OF_HEADER}. */
    private static <V> ResponseEntity<?> render(String format, Moment moment, Supplier<V> view, Function<V, ViewTable> tableOf) {
        Function<V, ViewTable> table = moment.asOf() == null ? tableOf : v -> tableOf.apply(v).asOf(moment.asOf());
        ResponseEntity<?> rendered = switch (format) {
            case "json" -> ResponseEntity.ok(view.get());
            case "csv" -> TableExports.csv(table.apply(view.get()));
            case "xlsx" -> TableExports.xlsx(table.apply(view.get()));
            default -> throw ApiProblem.invalid("format", "'" + format + "' is not one of json, csv, xlsx");
        };
        if (moment.asOf() == null) {
            return rendered;
        }
        return ResponseEntity.status(rendered.getStatusCode()).headers(rendered.getHeaders())
                .header(AS_OF_HEADER, moment.asOf().toString()).body(rendered.getBody());
    }

    static final String AS_OF_HEADER = "Plan-As-Of";
}
