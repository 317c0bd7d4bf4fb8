package cn.gov.qingyuan.plan.views.investment;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.projection.ReadModels;
import cn.gov.qingyuan.plan.views.investment.InvestmentViews.CityView;
import cn.gov.qingyuan.plan.views.investment.InvestmentViews.CountyView;
import cn.gov.qingyuan.plan.views.targets.PlanTargets;
import cn.gov.qingyuan.plan.views.targets.Target;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Industrial investment against the plan's target, per county and citywide, for monitoring teams. */
@RestController
@RequestMapping("/api/views/industrial-investment")
class InvestmentViewController {

    static final String INDICATOR = "industrial-investment";

    private final InvestmentReadModel model;
    private final PlanTargets targets;

    InvestmentViewController(InvestmentReadModel model, PlanTargets targets) {
        this.model = model;
        this.targets = targets;
    }

    @Operation(summary = "Citywide industrial investment against the plan's target, with every county")
    @GetMapping("/city")
    CityView city(@Parameter(description = "a plan year such as 2015, or the whole plan: 2015-2017")
                  @RequestParam(defaultValue = "2015-2017") String period) {
        TargetPeriod viewPeriod = period(period);
        Optional<Document> view = model.view(InvestmentReadModel.CITY, viewPeriod);
        Optional<Document> pipeline = model.pipeline(InvestmentReadModel.CITY);
        long yuan = view.map(v -> ReadModels.longValue(v.get("investmentCompletedYuan"))).orElse(0L);
        Target target = targets.city(viewPeriod).orElse(null);
        List<CountyView> counties = Arrays.stream(County.values()).map(county -> county(county, viewPeriod)).toList();
        return new CityView(INDICATOR, viewPeriod.toString(), InvestmentViews.UNIT, target, Money.yi(yuan), Money.wanYuan(yuan),
                percent(yuan, target), view.map(v -> ReadModels.longValue(v.get("reports"))).orElse(0L), stages(view, "milestonesReached"),
                pipeline.map(p -> ReadModels.longValue(p.get("projects"))).orElse(0L), stages(pipeline, "projectsByStage"), counties,
                view.map(v -> v.getString("updatedAt")).orElse(null));
    }

    @Operation(summary = "One county's industrial investment against its target (the shipped county split is sample data)")
    @GetMapping("/counties/{county}")
    CountyView county(@PathVariable County county, @RequestParam(defaultValue = "2015-2017") String period) {
        return county(county, period(period));
    }

    private CountyView county(County county, TargetPeriod period) {
        Optional<Document> view = model.view(county.code(), period);
        Optional<Document> pipeline = model.pipeline(county.code());
        long yuan = view.map(v -> ReadModels.longValue(v.get("investmentCompletedYuan"))).orElse(0L);
        Target target = targets.county(county, period).orElse(null);
        return new CountyView(INDICATOR, county.code(), county.chineseName(), county.englishName(), period.toString(),
                InvestmentViews.UNIT, target, Money.yi(yuan), Money.wanYuan(yuan), percent(yuan, target),
                view.map(v -> ReadModels.longValue(v.get("reports"))).orElse(0L), stages(view, "milestonesReached"),
                pipeline.map(p -> ReadModels.longValue(p.get("projects"))).orElse(0L), stages(pipeline, "projectsByStage"),
                view.map(v -> v.getString("updatedAt")).orElse(null));
    }

    private static TargetPeriod period(String text) {
        try {
            return TargetPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("period", e.getMessage());
        }
    }

    private static BigDecimal percent(long yuan, Target target) {
        if (target == null || target.valueYi().signum() == 0) {
            return null;
        }
        return Money.yi(yuan).multiply(BigDecimal.valueOf(100)).divide(target.valueYi(), 2, RoundingMode.HALF_EVEN);
    }

    private static Map<String, Object> stages(Optional<Document> doc, String field) {
        Map<String, Object> counts = new LinkedHashMap<>();
        Document stored = doc.map(d -> d.get(field, Document.class)).orElse(new Document());
        for (ProjectStage stage : ProjectStage.values()) {
            counts.put(stage.name(), ((Number) stored.getOrDefault(stage.name(), 0L)).longValue());
        }
        return counts;
    }
}
