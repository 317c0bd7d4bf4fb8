package cn.gov.qingyuan.plan.views.audit;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.Indicator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.views.audit.FigureChanges.Change;
import cn.gov.qingyuan.plan.views.audit.FigureChanges.Selection;
import cn.gov.qingyuan.plan.views.facts.Measure;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import cn.gov.qingyuan.plan.views.figures.IndicatorRow;
import cn.gov.qingyuan.plan.views.figures.Views.IndicatorView;
import cn.gov.qingyuan.plan.views.history.PastViews;
import cn.gov.qingyuan.plan.views.history.PastViews.Past;
import cn.gov.qingyuan.plan.views.history.PlanDay;
import cn.gov.qingyuan.plan.views.web.RequestValues;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Which figures changed between two moments and why, and where any figure of a view comes from (docs/audit.md). */
@RestController
@RequestMapping("/api/audit")
class FigureAuditController {

    private static final List<TargetPeriod> EVERY_PERIOD = List.of(TargetPeriod.parse("2015-2017"), TargetPeriod.year(2015),
            TargetPeriod.year(2016), TargetPeriod.year(2017));

    record Changes(String from, String to, boolean lateOnly, List<Change> changes) {
    }

    private final PastViews past;
    private final FigureRules rules;
    private final PlanDay clock;

    FigureAuditController(PastViews past, FigureRules rules, PlanDay clock) {
        this.past = past;
        this.rules = rules;
        this.clock = clock;
    }

    @Operation(summary = "The figures that differ between two moments, old and new, with the events that changed them")
    @GetMapping("/changes")
    Changes changes(@RequestParam String from, @RequestParam String to, @RequestParam(required = false) String county,
                    @RequestParam(required = false) String indicator, @RequestParam(required = false) String period,
                    @RequestParam(defaultValue = "false") boolean lateOnly) {
        Instant now = clock.now();
        Instant since = RequestValues.instant("from", from, now);
        Instant until = RequestValues.instant("to", to, now);
        if (since.isAfter(until)) {
            throw ApiProblem.invalid("from", from + " is after to (" + to + ")");
        }
        Selection selection = new Selection(indicator == null ? List.copyOf(rules.indicators().all()) : List.of(indicator(indicator)),
                period == null ? EVERY_PERIOD : List.of(RequestValues.period(period)),
                county == null ? null : County.fromCode(TrailFilter.county(county)), lateOnly);
        Set<Measure> measures = selection.indicators().stream().flatMap(i -> rules.measuresOf(i.code().value()).stream())
                .collect(Collectors.toSet());
        List<Change> changes = FigureChanges.between(past.at(since), past.explained(until, measures), rules, selection);
        return new Changes(since.toString(), until.toString(), lateOnly, changes);
    }

    @Operation(summary = "For one row of a view: the facts that make its figure and the events behind each fact")
    @GetMapping("/provenance")
    Provenance provenance(@RequestParam String indicator, @RequestParam(defaultValue = "city") String scope,
                          @RequestParam(defaultValue = "2015-2017") String period, @RequestParam(required = false) String asOf) {
        Indicator of = indicator(indicator);
        TargetPeriod p = RequestValues.period(period);
        County county = "city".equals(scope) ? null : County.fromCode(scopeCounty(scope));
        Past then = past.explained(asOf == null ? clock.now() : RequestValues.instant("asOf", asOf, clock.now()),
                rules.measuresOf(of.code().value()));
        IndicatorView view = then.figures().views().indicator(indicator, p, then.today()).orElseThrow();
        IndicatorRow row = county == null ? view.city()
                : view.counties().stream().filter(r -> r.scope().equals(county.code())).findFirst().orElseThrow();
        return Provenance.of(row, p.toString(), asOf == null ? null : then.asOf().toString(),
                then.figures().explanations().of(of.code().value(), county, p), then.history());
    }

    private Indicator indicator(String code) {
        return rules.indicators().find(code).orElseThrow(() -> ApiProblem.invalid("indicator",
                "'" + code + "' is not an indicator of the plan (GET /api/views/catalogue lists them)"));
    }

    private static String scopeCounty(String scope) {
        try {
            return County.fromCode(scope).code();
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("scope", "'" + scope + "' is not city or one of the eight counties (" + County.codes() + ")");
        }
    }
}
