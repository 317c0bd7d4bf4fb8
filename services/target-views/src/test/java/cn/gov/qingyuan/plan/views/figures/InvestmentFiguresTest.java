package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.views.facts.Fact;
import cn.gov.qingyuan.plan.views.facts.FactIndex;
import cn.gov.qingyuan.plan.views.facts.Measure;
import cn.gov.qingyuan.plan.views.facts.Milestone;
import cn.gov.qingyuan.plan.views.facts.Project;
import cn.gov.qingyuan.plan.views.facts.ProjectIndex;
import cn.gov.qingyuan.plan.views.facts.Target;
import cn.gov.qingyuan.plan.views.facts.TargetIndex;
import cn.gov.qingyuan.plan.views.figures.InvestmentViews.CityView;
import cn.gov.qingyuan.plan.views.figures.InvestmentViews.CountyView;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The industrial investment detail view from the same facts as the indicators, in memory. */
class InvestmentFiguresTest {

    private final FactIndex facts = new FactIndex();
    private final ProjectIndex projects = new ProjectIndex();
    private final TargetIndex targets = new TargetIndex();
    private final InvestmentFigures investment = new InvestmentFigures(facts, projects, new Targets(targets));

    @Test
    void reportsAddUpPerScopeAndPeriodAgainstTheTargetWithTheLatestRecordingAsUpdatedAt() {
        targets.putCounty("industrial-investment", TargetPeriod.year(2015), County.YANGSHAN,
                new Target(new BigDecimal("11.55"), null, Provenance.SAMPLE, "sample split"));
        targets.putCity("industrial-investment", TargetPeriod.year(2015),
                new Target(new BigDecimal("165"), TargetComparator.AT_LEAST, Provenance.PLAN, "Plan 2.4"));
        report("p1", County.YANGSHAN, "2015-03", "1500.50", "2017-06-01T00:00:00Z");
        report("p1", County.YANGSHAN, "2016-01", "99.50", "2017-06-02T00:00:00Z");
        report("p2", County.QINGCHENG, "2015-04", "10", "2017-06-03T00:00:00Z");

        CountyView yangshan = investment.county(County.YANGSHAN, TargetPeriod.year(2015));
        assertThat(yangshan.completedWanYuan()).isEqualByComparingTo("1500.50");
        assertThat(yangshan.completed()).isEqualByComparingTo("0.150050");
        assertThat(yangshan.percentOfTarget()).isEqualByComparingTo("1.30");
        assertThat(yangshan.target().provenance()).isEqualTo(Provenance.SAMPLE);
        assertThat(yangshan.reports()).isEqualTo(1);
        assertThat(yangshan.updatedAt()).isEqualTo("2017-06-01T00:00:00Z");
        assertThat(investment.county(County.YANGSHAN, TargetPeriod.parse("2015-2017")).completedWanYuan()).isEqualByComparingTo("1600.00");

        CityView city = investment.city(TargetPeriod.year(2015));
        assertThat(city.completedWanYuan()).isEqualByComparingTo("1510.50");
        assertThat(city.target().valueYi()).isEqualByComparingTo("165");
        assertThat(city.counties()).hasSize(8);
        assertThat(investment.county(County.LIANNAN, TargetPeriod.year(2015)).updatedAt()).as("nothing reported").isNull();
    }

    @Test
    void eachProjectStandsAtTheFurthestMilestoneItReachedAndMilestonesCountInTheirYear() {
        projects.put(new Project("p1", "liannan", "Liannan Textiles", "textiles", null, 9_000_000L, false, true));
        projects.put(new Project("p2", "liannan", "Other", "textiles", null, 100L, false, false));
        projects.put(new Milestone("p1", "liannan", ProjectStage.COMPLETED, LocalDate.of(2016, 9, 1), null));
        projects.put(new Milestone("p1", "liannan", ProjectStage.SIGNED, LocalDate.of(2016, 1, 5), null));
        projects.put(new Milestone("p2", "liannan", ProjectStage.SIGNED, LocalDate.of(2015, 1, 5), null));

        CountyView liannan = investment.county(County.LIANNAN, TargetPeriod.year(2016));
        assertThat(liannan.milestonesReached()).containsEntry("SIGNED", 1L).containsEntry("COMPLETED", 1L);
        assertThat(liannan.projects()).isEqualTo(2);
        assertThat(liannan.projectsByStage()).containsEntry("COMPLETED", 1L).containsEntry("SIGNED", 1L).containsEntry("NEGOTIATING", 0L);
        assertThat(liannan.projectsByStage()).hasSize(ProjectStage.values().length);
    }

    private void report(String project, County county, String month, String wanYuan, String recordedAt) {
        facts.put("INDUSTRIAL_INVESTMENT|" + project + "|" + month, new Fact(Measure.INDUSTRIAL_INVESTMENT, county.code(), project,
                YearMonth.parse(month), new BigDecimal(wanYuan), Instant.parse(recordedAt)));
    }
}
