package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.contracts.targets.Indicators;
import cn.gov.qingyuan.plan.views.facts.Fact;
import cn.gov.qingyuan.plan.views.facts.FactIndex;
import cn.gov.qingyuan.plan.views.facts.Measure;
import cn.gov.qingyuan.plan.views.facts.Target;
import cn.gov.qingyuan.plan.views.facts.TargetIndex;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures, targets, status and ranks the views compute from facts and targets as of a day: in memory, no storage. */
class IndicatorFiguresTest {

    private static final LocalDate TODAY = LocalDate.parse("2015-07-20");

    private final FactIndex facts = new FactIndex();
    private final TargetIndex targets = new TargetIndex();
    private final IndicatorViews views = new IndicatorViews(Indicators.shipped(), facts, targets, 3);

    @Test
    void aShareIsTheSumOfNumeratorsOverTheSumOfDenominatorsNeverAnAverageOfShares() {
        statistics(County.QINGCHENG, "2015-06", Measure.ADVANCED_MANUFACTURING_VALUE_ADDED, "100");
        statistics(County.QINGCHENG, "2015-06", Measure.ABOVE_SCALE_VALUE_ADDED, "1000");
        statistics(County.LIANNAN, "2015-06", Measure.ADVANCED_MANUFACTURING_VALUE_ADDED, "90");
        statistics(County.LIANNAN, "2015-06", Measure.ABOVE_SCALE_VALUE_ADDED, "100");

        assertThat(city("advanced-manufacturing-share", "2015").actual()).isEqualByComparingTo("17.272727"); // 190 / 1100, not (10 % + 90 %) / 2
        assertThat(county(County.LIANNAN, "advanced-manufacturing-share", "2015").actual()).isEqualByComparingTo("90");
    }

    @Test
    void yearToDateFiguresTakeEachCountysLatestMonthAndARevisionReplacesTheFigure() {
        statistics(County.YINGDE, "2015-05", Measure.ABOVE_SCALE_VALUE_ADDED, "40000");
        statistics(County.YINGDE, "2015-06", Measure.ABOVE_SCALE_VALUE_ADDED, "50000");
        statistics(County.FOGANG, "2015-06", Measure.ABOVE_SCALE_VALUE_ADDED, "10000");
        assertThat(city("above-scale-value-added", "2015").actual()).isEqualByComparingTo("6"); // (50,000 + 10,000) 万元 = 6 亿
        assertThat(city("above-scale-value-added", "2015").latestMonth()).isEqualTo("2015-06");

        facts.put("ABOVE_SCALE_VALUE_ADDED|yingde|2015-06",
                fact(Measure.ABOVE_SCALE_VALUE_ADDED, "yingde", "yingde", "2015-06", "70000"));
        assertThat(city("above-scale-value-added", "2015").actual()).isEqualByComparingTo("8");
    }

    @Test
    void monthlyFlowsAddUpAndACorrectionReplacesTheMonth() {
        investment("p1", County.QINGXIN, "2015-01", "20000");
        investment("p1", County.QINGXIN, "2015-02", "30000");
        investment("p1", County.QINGXIN, "2015-02", "10000"); // a correction of February
        assertThat(county(County.QINGXIN, "industrial-investment", "2015").actual()).isEqualByComparingTo("3");
    }

    @Test
    void anEnterpriseCompletingTwoRetrofitsInAYearCountsOnceAndTheThreeYearFigureAddsTheYears() {
        completion(Measure.RETROFITTED_ENTERPRISES, "r1", County.QINGCHENG, "E1", "2015-03");
        completion(Measure.RETROFITTED_ENTERPRISES, "r2", County.QINGCHENG, "E1", "2015-09");
        completion(Measure.RETROFITTED_ENTERPRISES, "r3", County.QINGCHENG, "E1", "2016-02");
        completion(Measure.RETROFITTED_ENTERPRISES, "r4", County.YANGSHAN, "E2", "2015-04");
        assertThat(city("retrofit-enterprises", "2015").actual()).isEqualByComparingTo("2");
        assertThat(city("retrofit-enterprises", "2015-2017").actual()).isEqualByComparingTo("3");
        assertThat(county(County.QINGCHENG, "retrofit-enterprises", "2015").actual()).isEqualByComparingTo("1");
    }

    @Test
    void statusComparesWithTheTargetProRataOverTheMonthsDueAndCountiesAreRankedByProgress() {
        // On 2015-07-20 January to June are due: half of a 12-亿 county target is expected.
        targets.putCounty("industrial-investment", TargetPeriod.year(2015), County.QINGCHENG, target("12"));
        targets.putCounty("industrial-investment", TargetPeriod.year(2015), County.QINGXIN, target("12"));
        targets.putCounty("industrial-investment", TargetPeriod.year(2015), County.YINGDE, target("12"));
        investment("a", County.QINGCHENG, "2015-03", "70000"); // 7 of 6 expected: 116.67 %
        investment("b", County.QINGXIN, "2015-03", "55000");   // 5.5 of 6: 91.67 %
        investment("c", County.YINGDE, "2015-03", "30000");    // 3 of 6: 50 %

        IndicatorRow qingcheng = county(County.QINGCHENG, "industrial-investment", "2015");
        assertThat(qingcheng.expectedByNow()).isEqualByComparingTo("6");
        assertThat(qingcheng.percentOfExpected()).isEqualByComparingTo("116.67");
        assertThat(qingcheng.status()).isEqualTo(Status.AHEAD);
        assertThat(qingcheng.rank()).isEqualTo(1);
        assertThat(county(County.QINGXIN, "industrial-investment", "2015").status()).isEqualTo(Status.AT_RISK);
        IndicatorRow yingde = county(County.YINGDE, "industrial-investment", "2015");
        assertThat(yingde.status()).isEqualTo(Status.BEHIND);
        assertThat(yingde.rank()).isEqualTo(3);
        assertThat(yingde.rankedAmong()).isEqualTo(3);
        assertThat(county(County.FOGANG, "industrial-investment", "2015").status()).isEqualTo(Status.NO_TARGET);

        assertThat(views.supervision(2015, TODAY).counties()).extracting(Views.SummonedCounty::county).containsExactly("yingde");

        targets.putCounty("industrial-investment", TargetPeriod.year(2015), County.LIANNAN, target("12"));
        IndicatorRow silent = county(County.LIANNAN, "industrial-investment", "2015");
        assertThat(silent.status()).as("nothing reported").isEqualTo(Status.NO_DATA);
        assertThat(silent.rank()).as("a county that reports nothing ranks last").isEqualTo(4);
        assertThat(views.supervision(2015, TODAY).counties()).extracting(Views.SummonedCounty::county)
                .as("and not reporting does not keep it off the summons list").containsExactly("yingde", "liannan");
        assertThat(views.ranking(TargetPeriod.year(2015), TODAY).counties().get(0).county()).isEqualTo("qingcheng");
    }

    @Test
    void growthComparesTheSameMonthsAYearEarlierAndTheFirstYearWithThePlansBaselineOnceDecemberIsIn() {
        statistics(County.QINGCHENG, "2015-12", Measure.ABOVE_SCALE_VALUE_ADDED, "4257000"); // 425.7 亿 vs 387 亿 in 2014
        statistics(County.QINGCHENG, "2016-03", Measure.ABOVE_SCALE_VALUE_ADDED, "1200000");
        statistics(County.QINGCHENG, "2015-03", Measure.ABOVE_SCALE_VALUE_ADDED, "1000000");
        assertThat(city("above-scale-value-added-growth", "2015").actual()).isEqualByComparingTo("10");
        assertThat(city("above-scale-value-added-growth", "2016").actual()).isEqualByComparingTo("20");
        assertThat(county(County.QINGCHENG, "above-scale-value-added-growth", "2015").actual()).isNull();
        assertThat(city("above-scale-value-added-increment", "2015").actual()).isEqualByComparingTo("38.7");
    }

    @Test
    void overTheWholePlanAYearlyOnlyTargetIsTheSumOfTheYearsForFlowsAndTheLastYearsForLevels() {
        targets.putCity("rd-centres", TargetPeriod.year(2017), target("83"));
        targets.putCity("park-fixed-asset-investment", TargetPeriod.year(2015), target("88"));
        targets.putCity("park-fixed-asset-investment", TargetPeriod.year(2016), target("93"));
        targets.putCity("park-fixed-asset-investment", TargetPeriod.year(2017), target("100"));
        targets.putCity("retrofit-enterprises", TargetPeriod.year(2015), target("70"));

        assertThat(city("rd-centres", "2015-2017").target()).isEqualByComparingTo("83");
        assertThat(city("park-fixed-asset-investment", "2015-2017").target()).isEqualByComparingTo("281");
        assertThat(city("retrofit-enterprises", "2015-2017").target()).as("not all three years stated").isNull();
    }

    @Test
    void anIndicatorThatNeedsABaselineThePlanDoesNotStateSaysSo() {
        IndicatorRow row = city("energy-intensity-reduction", "2017");
        assertThat(row.actual()).isNull();
        assertThat(row.note()).contains("2014");
    }

    private IndicatorRow city(String indicator, String period) {
        return views.city(TargetPeriod.parse(period), TODAY).rows().stream().filter(r -> r.indicator().equals(indicator)).findFirst().orElseThrow();
    }

    private IndicatorRow county(County county, String indicator, String period) {
        return views.county(county, TargetPeriod.parse(period), TODAY).rows().stream().filter(r -> r.indicator().equals(indicator)).findFirst().orElseThrow();
    }

    private void statistics(County county, String month, Measure measure, String value) {
        facts.put(measure + "|" + county.code() + "|" + month, fact(measure, county.code(), county.code(), month, value));
    }

    private void investment(String project, County county, String month, String wanYuan) {
        facts.put("INDUSTRIAL_INVESTMENT|" + project + "|" + month, fact(Measure.INDUSTRIAL_INVESTMENT, county.code(), project, month, wanYuan));
    }

    private void completion(Measure measure, String id, County county, String enterprise, String month) {
        facts.put(measure + "|" + id, fact(measure, county.code(), enterprise, month, "1"));
    }

    private static Fact fact(Measure measure, String county, String member, String month, String value) {
        return new Fact(measure, county, member, YearMonth.parse(month), new BigDecimal(value), null);
    }

    private static Target target(String value) {
        return new Target(new BigDecimal(value), TargetComparator.AT_LEAST, Provenance.SAMPLE, "test");
    }
}
