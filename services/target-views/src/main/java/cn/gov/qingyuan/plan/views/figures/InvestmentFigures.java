package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.facts.Fact;
import cn.gov.qingyuan.plan.views.facts.FactIndex;
import cn.gov.qingyuan.plan.views.facts.Measure;
import cn.gov.qingyuan.plan.views.facts.Milestone;
import cn.gov.qingyuan.plan.views.facts.Money;
import cn.gov.qingyuan.plan.views.facts.Project;
import cn.gov.qingyuan.plan.views.facts.ProjectIndex;
import cn.gov.qingyuan.plan.views.figures.InvestmentViews.CityView;
import cn.gov.qingyuan.plan.views.figures.InvestmentViews.CountyView;
import cn.gov.qingyuan.plan.views.figures.InvestmentViews.Target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Industrial investment (plan action 4) against the plan's target, per county and citywide, with the projects by
 * stage: the older detail view, from the same facts as the indicator views (the reports are the
 * {@code industrial-investment} indicator's facts).
 */
public final class InvestmentFigures {

    static final String INDICATOR = "industrial-investment";

    /** What the reports and milestones of a scope and period add up to. */
    private record Detail(long yuan, long reports, Map<String, Long> milestonesReached, long projects, Map<String, Long> projectsByStage,
                          String updatedAt) {
    }

    private final FactIndex facts;
    private final ProjectIndex projects;
    private final Targets targets;

    InvestmentFigures(FactIndex facts, ProjectIndex projects, Targets targets) {
        this.facts = facts;
        this.projects = projects;
        this.targets = targets;
    }

    public CityView city(TargetPeriod period) {
        Detail detail = detail(Scope.CITY, period);
        Target target = target(targets.city(INDICATOR, period, true));
        List<CountyView> counties = Arrays.stream(County.values()).map(county -> county(county, period)).toList();
        return new CityView(INDICATOR, period.toString(), InvestmentViews.UNIT, target, Money.yi(detail.yuan()), Money.wanYuan(detail.yuan()),
                percent(detail.yuan(), target), detail.reports(), detail.milestonesReached(), detail.projects(), detail.projectsByStage(),
                counties, detail.updatedAt());
    }

    public CountyView county(County county, TargetPeriod period) {
        Detail detail = detail(Scope.of(county), period);
        Target target = target(targets.county(INDICATOR, period, county, true));
        return new CountyView(INDICATOR, county.code(), county.chineseName(), county.englishName(), period.toString(),
                InvestmentViews.UNIT, target, Money.yi(detail.yuan()), Money.wanYuan(detail.yuan()), percent(detail.yuan(), target),
                detail.reports(), detail.milestonesReached(), detail.projects(), detail.projectsByStage(), detail.updatedAt());
    }

    private Detail detail(Scope scope, TargetPeriod period) {
        long yuan = 0;
        long reports = 0;
        Instant updatedAt = null;
        for (int year = period.firstYear(); year <= period.lastYear(); year++) {
            for (Fact report : facts.facts(Measure.INDUSTRIAL_INVESTMENT, year)) {
                if (report.value() != null && scope.includes(report.county())) {
                    yuan += Money.yuan(report.value());
                    reports++;
                    updatedAt = later(updatedAt, report.recordedAt());
                }
            }
        }
        Map<ProjectStage, Long> reached = noneByStage();
        for (Milestone milestone : projects.milestones()) {
            int year = milestone.reachedOn().getYear();
            if (scope.includes(milestone.county()) && year >= period.firstYear() && year <= period.lastYear()) {
                reached.merge(milestone.stage(), 1L, Long::sum);
                updatedAt = later(updatedAt, milestone.recordedAt());
            }
        }
        Map<String, ProjectStage> furthest = furthestStages(scope);
        Map<ProjectStage, Long> byStage = noneByStage();
        furthest.values().forEach(stage -> byStage.merge(stage, 1L, Long::sum));
        return new Detail(yuan, reports, byName(reached), furthest.size(), byName(byStage), updatedAt == null ? null : updatedAt.toString());
    }

    /** Each project of the scope at the furthest milestone it reached (a registered project starts negotiating). */
    private Map<String, ProjectStage> furthestStages(Scope scope) {
        Map<String, ProjectStage> furthest = new HashMap<>();
        for (Project project : projects.projects()) {
            if (scope.includes(project.county())) {
                furthest.put(project.id(), ProjectStage.NEGOTIATING);
            }
        }
        for (Milestone milestone : projects.milestones()) {
            furthest.computeIfPresent(milestone.projectId(), (id, current) -> current.isBefore(milestone.stage()) ? milestone.stage() : current);
        }
        return furthest;
    }

    private static Map<ProjectStage, Long> noneByStage() {
        Map<ProjectStage, Long> counts = new EnumMap<>(ProjectStage.class);
        for (ProjectStage stage : ProjectStage.values()) {
            counts.put(stage, 0L);
        }
        return counts;
    }

    private static Map<String, Long> byName(Map<ProjectStage, Long> counts) {
        Map<String, Long> byName = new LinkedHashMap<>();
        counts.forEach((stage, n) -> byName.put(stage.name(), n));
        return byName;
    }

    private static Instant later(Instant a, Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }

    private static Target target(Optional<cn.gov.qingyuan.plan.views.facts.Target> published) {
        return published.map(t -> new Target(t.value(), t.provenance(), t.source())).orElse(null);
    }

    private static BigDecimal percent(long yuan, Target target) {
        if (target == null || target.valueYi().signum() == 0) {
            return null;
        }
        return Money.yi(yuan).multiply(Progress.HUNDRED).divide(target.valueYi(), 2, RoundingMode.HALF_EVEN);
    }
}
