package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditAccepted;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnRevised;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.energy.EnergyManagementPlatformEvent.EnergyManagementPlatformLaunched;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent.EnterpriseMonitoringConnected;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeCompleted;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectMilestoneReached;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.CircularEconomyRetrofitCompleted;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresRevised;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresSubmitted;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentReported;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectCompleted;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnRevised;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CityTargetSet;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CountyAllocationIssued;
import cn.gov.qingyuan.plan.projection.EventEnvelope;
import cn.gov.qingyuan.plan.projection.EventHandlers;
import cn.gov.qingyuan.plan.projection.Projection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Turns every command service's events, and the plan's targets, into the facts every view is computed from: the one
 * consumer of every topic. Each fact is keyed by what it is about (a project's month, a county's return month, an
 * enterprise's completion), so a correction or revision replaces it, and a redelivered or overtaken event changes
 * nothing. One instance per read-model generation ({@link FactGeneration}), each filled by its own consumer group.
 */
class IndicatorFactsProjection implements Projection {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private final FactStore store;
    private final FactChanges changes;
    private final TargetFacts targets;
    private final ProjectFacts projects;
    private final String consumerGroup;

    /** A projection that is never consumed from Kafka by a group of its own: a replay's. */
    IndicatorFactsProjection(FactStore store, FactChanges changes) {
        this(store, changes, null);
    }

    IndicatorFactsProjection(FactStore store, FactChanges changes, String consumerGroup) {
        this.store = store;
        this.consumerGroup = consumerGroup;
        this.changes = changes;
        this.targets = new TargetFacts(store, changes);
        this.projects = new ProjectFacts(store);
    }

    @Override
    public String name() {
        return "indicator-facts";
    }

    /** The group of the generation this projection fills, whatever the service's prefix. */
    @Override
    public String consumerGroup(String prefix) {
        return consumerGroup != null ? consumerGroup : Projection.super.consumerGroup(prefix);
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.INDUSTRIAL_PROJECTS, Topics.TECHNICAL_RETROFIT, Topics.INDUSTRY_STATISTICS, Topics.PARK_METRICS,
                Topics.ENERGY_AUDITS, Topics.PLAN_TARGETS);
    }

    @Override
    public void flush() {
        store.flush();
    }

    @Override
    public void caughtUp() {
        store.writeSnapshot();
    }

    @Override
    public EventHandlers handlers() {
        return new EventHandlers()
                .on(ProjectRegistered.class, projects::registered)
                .on(ProjectMilestoneReached.class, projects::milestoneReached)
                .on(ProjectInvestmentReported.class, (e, env) -> batch(env)
                        .projectMonth(Measure.INDUSTRIAL_INVESTMENT, e.projectId(), e.county(), e.period(), e.amountWanYuan())
                        .submission(Submission.PROJECT_INVESTMENT, "project:" + e.projectId(), e.county(), e.period(), e.reportedOn(), e.late())
                        .done())
                .on(ProjectInvestmentCorrected.class, (e, env) ->
                        batch(env).projectMonth(Measure.INDUSTRIAL_INVESTMENT, e.projectId(), e.county(), e.period(), e.amountWanYuan()).done())
                .on(RetrofitInvestmentReported.class, (e, env) -> batch(env)
                        .projectMonth(Measure.RETROFIT_INVESTMENT, e.projectId(), e.county(), e.period(), e.amountWanYuan())
                        .submission(Submission.RETROFIT_INVESTMENT, "project:" + e.projectId(), e.county(), e.period(), e.reportedOn(), e.late())
                        .done())
                .on(RetrofitInvestmentCorrected.class, (e, env) ->
                        batch(env).projectMonth(Measure.RETROFIT_INVESTMENT, e.projectId(), e.county(), e.period(), e.amountWanYuan()).done())
                .on(RetrofitProjectCompleted.class, this::retrofitCompleted)
                .on(StatisticalReturnSubmitted.class, (e, env) -> batch(env)
                        .figures(e.county().code(), e.county(), e.period(), ReportedFigures.of(e.figures()))
                        .submission(Submission.STATISTICAL_RETURN, "county:" + e.county().code(), e.county(), e.period(), e.reportedOn(), e.late())
                        .done())
                .on(StatisticalReturnRevised.class, (e, env) -> batch(env)
                        .figures(e.county().code(), e.county(), e.period(), ReportedFigures.of(e.figures())).done())
                .on(ParkFiguresSubmitted.class, (e, env) -> batch(env)
                        .figures(e.parkId(), e.county(), e.period(), ReportedFigures.of(e.figures()))
                        .submission(Submission.PARK_FIGURES, "park:" + e.parkId(), e.county(), e.period(), e.reportedOn(), e.late())
                        .done())
                .on(ParkFiguresRevised.class, (e, env) -> batch(env)
                        .figures(e.parkId(), e.county(), e.period(), ReportedFigures.of(e.figures())).done())
                .on(CircularEconomyRetrofitCompleted.class, (e, env) ->
                        completion(env, Measure.CIRCULAR_RETROFIT_PARKS, e.parkId(), e.county(), e.parkId(), e.completedOn()))
                .on(CleanProductionAuditAccepted.class, (e, env) ->
                        completion(env, Measure.CLEAN_PRODUCTION_AUDITS, e.auditId(), e.county(), e.enterpriseCode().value(), e.acceptedOn()))
                .on(EnergyManagementPlatformLaunched.class, (e, env) ->
                        completion(env, Measure.ENERGY_MANAGEMENT_PLATFORMS, e.platformId(), e.county(), e.platformId(), e.launchedOn()))
                .on(EnterpriseMonitoringConnected.class, (e, env) -> completion(env, Measure.MONITORING_CONNECTED_ENTERPRISES,
                        e.enterpriseCode().value(), e.county(), e.enterpriseCode().value(), e.connectedOn()))
                .on(MotorUpgradeCompleted.class, (e, env) -> batch(env)
                        .fact(Measure.MOTOR_UPGRADE_KW, e.upgradeId(), e.county(), e.upgradeId(), YearMonth.from(e.completedOn()), e.capacityKw())
                        .done())
                .on(CountyEnergyReturnSubmitted.class, (e, env) -> batch(env)
                        .figures(e.county().code(), e.county(), e.period(), ReportedFigures.of(e.figures()))
                        .submission(Submission.ENERGY_RETURN, "county:" + e.county().code(), e.county(), e.period(), e.reportedOn(), e.late())
                        .done())
                .on(CountyEnergyReturnRevised.class, (e, env) -> batch(env)
                        .figures(e.county().code(), e.county(), e.period(), ReportedFigures.of(e.figures())).done())
                .on(CityTargetSet.class, targets::citySet)
                .on(CountyAllocationIssued.class, targets::allocationIssued);
    }

    private FactBatch batch(EventEnvelope envelope) {
        return new FactBatch(store, changes, envelope);
    }

    private void retrofitCompleted(RetrofitProjectCompleted e, EventEnvelope env) {
        YearMonth month = YearMonth.from(e.completedOn());
        String enterprise = e.enterpriseCode().value();
        // One fact per project and measure, valued 1 or 0: a completion counts the enterprise once per year however
        // many of its projects complete, and a fact that no longer applies is zeroed rather than left behind.
        batch(env)
                .fact(Measure.RETROFITTED_ENTERPRISES, e.projectId(), e.county(), enterprise, month, e.aboveScale() ? ONE : null)
                .fact(Measure.RETROFITTED_ENTERPRISES_REVENUE_50M, e.projectId(), e.county(), enterprise, month,
                        e.revenueAtLeast50Million() ? ONE : null)
                .fact(Measure.SMART_RETROFIT_ENTERPRISES, e.projectId(), e.county(), enterprise, month,
                        e.retrofitTypes().contains(RetrofitType.SMART_RETROFIT) ? ONE : null)
                .fact(Measure.SMART_PRODUCTION_ENTERPRISES, e.projectId(), e.county(), enterprise, month,
                        e.retrofitTypes().contains(RetrofitType.SMART_PRODUCTION) ? ONE : null)
                .done();
    }

    private void completion(EventEnvelope env, Measure measure, String id, County county, String member, LocalDate on) {
        batch(env).fact(measure, id, county, member, YearMonth.from(on), ONE).done();
    }
}
