package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.views.figures.Figures;
import cn.gov.qingyuan.plan.views.figures.LiveFigures;
import cn.gov.qingyuan.plan.views.figures.InvestmentViews.CityView;
import cn.gov.qingyuan.plan.views.figures.InvestmentViews.CountyView;
import cn.gov.qingyuan.plan.views.history.PastViews;
import cn.gov.qingyuan.plan.views.history.PlanDay;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The older industrial investment detail view (projects by stage) against the plan's target, for monitoring teams; a
 * reporter reads its own unit's county in it (docs/adr/0013).
 */
@RestController
@RequestMapping("/api/views/industrial-investment")
class InvestmentViewController {

    private final LiveFigures live;
    private final PastViews past;
    private final PlanDay clock;
    private final Readers readers;

    InvestmentViewController(LiveFigures live, PastViews past, PlanDay clock, Readers readers) {
        this.live = live;
        this.past = past;
        this.clock = clock;
        this.readers = readers;
    }

    @Operation(summary = "Citywide industrial investment against the plan's target, with every county (a county's or park's reporter: its county)")
    @GetMapping("/city")
    CityView city(@Parameter(description = RequestValues.PERIOD_HELP) @RequestParam(defaultValue = "2015-2017") String period,
                  @RequestParam(required = false) String asOf) {
        return ReaderViews.of(figures(asOf).investment().city(RequestValues.period(period)), readers.current());
    }

    @Operation(summary = "One county's industrial investment against its target (the shipped county split is sample data)")
    @GetMapping("/counties/{county}")
    CountyView county(@PathVariable County county, @RequestParam(defaultValue = "2015-2017") String period,
                      @RequestParam(required = false) String asOf) {
        readers.current().requireSees(county);
        return figures(asOf).investment().county(county, RequestValues.period(period));
    }

    /** The live figures, or for an auditor's {@code asOf} the figures as they stood then. */
    private Figures figures(String asOf) {
        return asOf == null ? live.figures() : past.at(RequestValues.instant("asOf", asOf, clock.now())).figures();
    }
}
