package cn.gov.qingyuan.plan.views.targets;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.indicators.TargetBook;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The industrial investment targets (plan action 4) for the detail view, as the plan-targets service publishes them:
 * the plan's citywide 165 / 205 / 250 亿 and 620 亿 over three years, and each year's county split.
 */
@Component
public class PlanTargets {

    private static final String INDICATOR = "industrial-investment";

    private final TargetBook targets;

    PlanTargets(TargetBook targets) {
        this.targets = targets;
    }

    public Optional<Target> city(TargetPeriod period) {
        return targets.city(INDICATOR, period, true).map(PlanTargets::target);
    }

    public Optional<Target> county(County county, TargetPeriod period) {
        return targets.county(INDICATOR, period, county, true).map(PlanTargets::target);
    }

    private static Target target(TargetBook.Target published) {
        return new Target(published.value(), published.provenance(), published.source());
    }
}
