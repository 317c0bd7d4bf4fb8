package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.views.figures.InvestmentFigures;
import cn.gov.qingyuan.plan.views.figures.InvestmentViews.CityView;
import cn.gov.qingyuan.plan.views.figures.InvestmentViews.CountyView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The older industrial investment detail view (projects by stage) against the plan's target, for monitoring teams. */
@RestController
@RequestMapping("/api/views/industrial-investment")
class InvestmentViewController {

    private final InvestmentFigures investment;

    InvestmentViewController(InvestmentFigures investment) {
        this.investment = investment;
    }

    @Operation(summary = "Citywide industrial investment against the plan's target, with every county")
    @GetMapping("/city")
    CityView city(@Parameter(description = RequestValues.PERIOD_HELP) @RequestParam(defaultValue = "2015-2017") String period) {
        return investment.city(RequestValues.period(period));
    }

    @Operation(summary = "One county's industrial investment against its target (the shipped county split is sample data)")
    @GetMapping("/counties/{county}")
    CountyView county(@PathVariable County county, @RequestParam(defaultValue = "2015-2017") String period) {
        return investment.county(county, RequestValues.period(period));
    }
}
