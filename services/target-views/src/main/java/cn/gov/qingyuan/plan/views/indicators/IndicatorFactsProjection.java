package cn.gov.qingyuan.plan.views.indicators;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditAccepted;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnRevised;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.energy.EnergyManagementPlatformEvent.EnergyManagementPlatformLaunched;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent.EnterpriseMonitoringConnected;
import cn.gov.qingyuan.plan.contracts.energy.EnergyReturnFigures;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeCompleted;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.CircularEconomyRetrofitCompleted;
import cn.gov.qingyuan.plan.contracts.parks.ParkFigures;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresRevised;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresSubmitted;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentReported;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectCompleted;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnRevised;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.targets.CountyValue;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CityTargetSet;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CountyAllocationIssued;
import cn.gov.qingyuan.plan.projection.EventEnvelope;
import cn.gov.qingyuan.plan.projection.EventHandlers;
import cn.gov.qingyuan.plan.projection.Projection;
import cn.gov.qingyuan.plan.views.indicators.TargetBook.Target;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns every command service's events, and the plan's targets, into the facts the target views are computed from.
 * Each fact is keyed by what it is about (a project's month, a county's return month, an enterprise's completion),
 * so a correction or revision replaces it, and a redelivered or overtaken event changes nothing.
 */
@Component
class IndicatorFactsProjection implements Projection {

    private static final BigDecimal ONE = BigDecimal.ONE;

    private final FactBook facts;
    private final TargetBook targets;
    private final SubmissionBook submissions;
    private final Recipes recipes;
    private final ViewChanges changes;

    IndicatorFactsProjection(FactBook facts, TargetBook targets, SubmissionBook submissions, Recipes recipes, ViewChanges changes) {
        this.facts = facts;
        this.targets = targets;
        this.submissions = submissions;
        this.recipes = recipes;
        this.changes = changes;
    }

    @Override
    public String name() {
        return "indicator-facts";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.INDUSTRIAL_PROJECTS, Topics.TECHNICAL_RETROFIT, Topics.INDUSTRY_STATISTICS, Topics.PARK_METRICS,
                Topics.ENERGY_AUDITS, Topics.PLAN_TARGETS);
    }

    @Override
    public EventHandlers handlers() {
        return new EventHandlers()
                .on(ProjectInvestmentReported.class, (e, env) -> {
                    Batch batch = new Batch(env);
                    batch.fact(Measure.INDUSTRIAL_INVESTMENT, e.projectId() + "|" + e.period(), e.county(), e.projectId(), e.period(), e.amountWanYuan());
                    batch.submission("project-investment", "project:" + e.projectId(), e.county(), e.period(), e.reportedOn(), e.late());
                    batch.done();
                })
                .on(ProjectInvestmentCorrected.class, (e, env) -> {
                    Batch batch = new Batch(env);
                    batch.fact(Measure.INDUSTRIAL_INVESTMENT, e.projectId() + "|" + e.period(), e.county(), e.projectId(), e.period(), e.amountWanYuan());
                    batch.done();
                })
                .on(RetrofitInvestmentReported.class, (e, env) -> {
                    Batch batch = new Batch(env);
                    batch.fact(Measure.RETROFIT_INVESTMENT, e.projectId() + "|" + e.period(), e.county(), e.projectId(), e.period(), e.amountWanYuan());
                    batch.submission("retrofit-investment", "project:" + e.projectId(), e.county(), e.period(), e.reportedOn(), e.late());
                    batch.done();
                })
                .on(RetrofitInvestmentCorrected.class, (e, env) -> {
                    Batch batch = new Batch(env);
                    batch.fact(Measure.RETROFIT_INVESTMENT, e.projectId() + "|" + e.period(), e.county(), e.projectId(), e.period(), e.amountWanYuan());
                    batch.done();
                })
                .on(RetrofitProjectCompleted.class, this::retrofitCompleted)
                .on(StatisticalReturnSubmitted.class, (e, env) -> {
                    Batch batch = statistics(env, e.county(), e.period(), e.figures());
                    batch.submission(ReportingDiscipline.STATISTICAL_RETURN, "county:" + e.county().code(), e.county(), e.period(), e.reportedOn(), e.late());
                    batch.done();
                })
                .on(StatisticalReturnRevised.class, (e, env) -> statistics(env, e.county(), e.period(), e.figures()).done())
                .on(ParkFiguresSubmitted.class, (e, env) -> {
                    Batch batch = park(env, e.parkId(), e.county(), e.period(), e.figures());
                    batch.submission(ReportingDiscipline.PARK_FIGURES, "park:" + e.parkId(), e.county(), e.period(), e.reportedOn(), e.late());
                    batch.done();
                })
                .on(ParkFiguresRevised.class, (e, env) -> park(env, e.parkId(), e.county(), e.period(), e.figures()).done())
                .on(CircularEconomyRetrofitCompleted.class, (e, env) -> completion(env, Measure.CIRCULAR_RETROFIT_PARKS, e.parkId(), e.county(), e.parkId(), e.completedOn()))
                .on(CleanProductionAuditAccepted.class, (e, env) -> completion(env, Measure.CLEAN_PRODUCTION_AUDITS, e.auditId(), e.county(), e.enterpriseCode().value(), e.acceptedOn()))
                .on(EnergyManagementPlatformLaunched.class, (e, env) -> completion(env, Measure.ENERGY_MANAGEMENT_PLATFORMS, e.platformId(), e.county(), e.platformId(), e.launchedOn()))
                .on(EnterpriseMonitoringConnected.class, (e, env) -> completion(env, Measure.MONITORING_CONNECTED_ENTERPRISES, e.enterpriseCode().value(), e.county(), e.enterpriseCode().value(), e.connectedOn()))
                .on(MotorUpgradeCompleted.class, (e, env) -> {
                    Batch batch = new Batch(env);
                    batch.fact(Measure.MOTOR_UPGRADE_KW, e.upgradeId(), e.county(), e.upgradeId(), YearMonth.from(e.completedOn()), e.capacityKw());
                    batch.done();
                })
                .on(CountyEnergyReturnSubmitted.class, (e, env) -> {
                    Batch batch = energy(env, e.county(), e.period(), e.figures());
                    batch.submission(ReportingDiscipline.ENERGY_RETURN, "county:" + e.county().code(), e.county(), e.period(), e.reportedOn(), e.late());
                    batch.done();
                })
                .on(CountyEnergyReturnRevised.class, (e, env) -> energy(env, e.county(), e.period(), e.figures()).done())
                .on(CityTargetSet.class, this::cityTargetSet)
                .on(CountyAllocationIssued.class, this::countyAllocationIssued);
    }

    private void retrofitCompleted(RetrofitProjectCompleted e, EventEnvelope env) {
        Batch batch = new Batch(env);
        YearMonth month = YearMonth.from(e.completedOn());
        String enterprise = e.enterpriseCode().value();
        // One fact per project and measure, valued 1 or 0: a completion counts the enterprise once per year however
        // many of its projects complete, and a fact that no longer applies is zeroed rather than left behind.
        batch.fact(Measure.RETROFITTED_ENTERPRISES, e.projectId(), e.county(), enterprise, month, e.aboveScale() ? ONE : null);
        batch.fact(Measure.RETROFITTED_ENTERPRISES_REVENUE_50M, e.projectId(), e.county(), enterprise, month, e.revenueAtLeast50Million() ? ONE : null);
        batch.fact(Measure.SMART_RETROFIT_ENTERPRISES, e.projectId(), e.county(), enterprise, month,
                e.retrofitTypes().contains(RetrofitType.SMART_RETROFIT) ? ONE : null);
        batch.fact(Measure.SMART_PRODUCTION_ENTERPRISES, e.projectId(), e.county(), enterprise, month,
                e.retrofitTypes().contains(RetrofitType.SMART_PRODUCTION) ? ONE : null);
        batch.done();
    }

    private void completion(EventEnvelope env, Measure measure, String id, County county, String member, LocalDate on) {
        Batch batch = new Batch(env);
        batch.fact(measure, id, county, member, YearMonth.from(on), ONE);
        batch.done();
    }

    private Batch statistics(EventEnvelope env, County county, ReportingPeriod period, StatisticalFigures f) {
        Batch batch = new Batch(env);
        Map<Measure, BigDecimal> figures = new LinkedHashMap<>();
        figures.put(Measure.ABOVE_SCALE_VALUE_ADDED, f.aboveScaleValueAddedWanYuan());
        figures.put(Measure.ADVANCED_MANUFACTURING_VALUE_ADDED, f.advancedManufacturingValueAddedWanYuan());
        figures.put(Measure.HIGH_TECH_VALUE_ADDED, f.highTechValueAddedWanYuan());
        figures.put(Measure.INDUSTRIAL_VALUE_ADDED, f.industrialValueAddedWanYuan());
        figures.put(Measure.ABOVE_SCALE_ENTERPRISES, count(f.aboveScaleEnterprises()));
        figures.put(Measure.ENTERPRISES_WITH_RD_INSTITUTION, count(f.enterprisesWithRdInstitution()));
        figures.put(Measure.TECHNOLOGY_CENTRES_AND_LABS, count(f.technologyCentresAndLabs()));
        figures.put(Measure.PATENTS_GRANTED, count(f.patentsGranted()));
        figures.put(Measure.ENTERPRISES_OVER_1_BILLION_REVENUE, count(f.enterprisesOver1BillionRevenue()));
        figures.put(Measure.IT_INDUSTRIALISATION_PILOTS, count(f.itIndustrialisationPilots()));
        figures.put(Measure.IT_INDUSTRIALISATION_CERTIFIED, count(f.itIndustrialisationCertified()));
        figures.put(Measure.IT_INDUSTRIALISATION_ASSESSED, count(f.itIndustrialisationAssessed()));
        figures.forEach((measure, value) -> batch.fact(measure, county.code() + "|" + period, county, county.code(), period, value));
        return batch;
    }

    private Batch park(EventEnvelope env, String parkId, County county, ReportingPeriod period, ParkFigures f) {
        Batch batch = new Batch(env);
        batch.fact(Measure.PARK_FIXED_ASSET_INVESTMENT, parkId + "|" + period, county, parkId, period, f.fixedAssetInvestmentInIndustrialProjectsWanYuan());
        batch.fact(Measure.PARK_VALUE_ADDED, parkId + "|" + period, county, parkId, period, f.industrialValueAddedWanYuan());
        batch.fact(Measure.PARK_ABOVE_SCALE_VALUE_ADDED, parkId + "|" + period, county, parkId, period, f.aboveScaleValueAddedWanYuan());
        return batch;
    }

    private Batch energy(EventEnvelope env, County county, ReportingPeriod period, EnergyReturnFigures f) {
        Batch batch = new Batch(env);
        String id = county.code() + "|" + period;
        batch.fact(Measure.ENERGY_CONSUMPTION, id, county, county.code(), period, f.energyConsumptionTonnesCoalEquivalent());
        batch.fact(Measure.SO2_EMISSIONS, id, county, county.code(), period, f.so2Tonnes());
        batch.fact(Measure.COD_EMISSIONS, id, county, county.code(), period, f.codTonnes());
        batch.fact(Measure.NOX_EMISSIONS, id, county, county.code(), period, f.noxTonnes());
        batch.fact(Measure.AMMONIA_NITROGEN_EMISSIONS, id, county, county.code(), period, f.ammoniaNitrogenTonnes());
        return batch;
    }

    private void cityTargetSet(CityTargetSet e, EventEnvelope env) {
        Target target = new Target(e.value(), e.comparator(), e.provenance(), e.source());
        if (targets.recordCity(e.indicator().value(), e.period(), env.aggregateSequence(), target)) {
            changes.publish(new ViewChange(Set.of(e.indicator().value()), null, years(e.period().firstYear(), e.period().lastYear()), false, env));
        }
    }

    private void countyAllocationIssued(CountyAllocationIssued e, EventEnvelope env) {
        boolean changed = false;
        for (CountyValue value : e.values()) {
            changed |= targets.recordCounty(e.indicator().value(), e.year(), value.county(), env.aggregateSequence(),
                    new Target(value.value(), null, e.provenance(),
                    "allocation " + e.allocationNumber() + " of " + e.issuedOn() + (e.note() == null ? "" : ": " + e.note())));
        }
        if (changed) {
            changes.publish(new ViewChange(Set.of(e.indicator().value()), null, Set.of(e.year().firstYear()), false, env));
        }
    }

    private static Set<Integer> years(int first, int last) {
        Set<Integer> years = new LinkedHashSet<>();
        for (int year = first; year <= last; year++) {
            years.add(year);
        }
        return years;
    }

    private static BigDecimal count(Integer count) {
        return count == null ? null : BigDecimal.valueOf(count);
    }

    /** The facts of one event, written one by one (idempotently), then announced once if anything changed. */
    private final class Batch {
        private final EventEnvelope envelope;
        private final Set<String> indicators = new LinkedHashSet<>();
        private final Set<Integer> years = new LinkedHashSet<>();
        private String county;
        private boolean reporting;

        Batch(EventEnvelope envelope) {
            this.envelope = envelope;
        }

        void fact(Measure measure, String id, County county, String member, ReportingPeriod period, BigDecimal value) {
            fact(measure, id, county, member, period.month(), value);
        }

        void fact(Measure measure, String id, County county, String member, YearMonth month, BigDecimal value) {
            if (facts.record(measure.name() + "|" + id, envelope.aggregateSequence(), new Fact(measure, county.code(), member, month, value))) {
                indicators.addAll(recipes.readersOf(measure));
                years.add(month.getYear());
                this.county = county.code();
            }
        }

        void submission(String kind, String unit, County county, ReportingPeriod period, LocalDate reportedOn, boolean late) {
            if (submissions.record(envelope.aggregateSequence(), new Submission(kind, unit, county.code(), period.month(), reportedOn, late))) {
                reporting = true;
                years.add(period.year());
                this.county = county.code();
            }
        }

        void done() {
            if (!indicators.isEmpty() || reporting) {
                changes.publish(new ViewChange(Set.copyOf(indicators), county, Set.copyOf(years), reporting, envelope));
            }
        }
    }
}
