package cn.gov.qingyuan.plan.views.indicators;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The figures, targets, status and ranks the views compute from facts, on the MongoDB stand-in. */
class IndicatorFiguresTest {

    private MongoClient client;
    private FactBook facts;
    private TargetBook targets;
    private IndicatorViews views;
    private long sequence;

    @BeforeEach
    void setUp() {
        client = MongoClients.create(TestStack.get().mongoUri());
        MongoDatabase database = client.getDatabase(TestStack.uniqueName("figures"));
        IndicatorCatalogue catalogue = new IndicatorCatalogue();
        Recipes recipes = new Recipes(catalogue);
        facts = new FactBook(database);
        targets = new TargetBook(database);
        views = new IndicatorViews(catalogue, new IndicatorValues(facts, recipes, catalogue), targets, recipes,
                new PlanClock("2015-07-20"), 3);
    }

    @AfterEach
    void close() {
        client.close();
    }

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

        facts.record("ABOVE_SCALE_VALUE_ADDED|yingde|2015-06", ++sequence,
                new Fact(Measure.ABOVE_SCALE_VALUE_ADDED, "yingde", "yingde", YearMonth.parse("2015-06"), new BigDecimal("70000")));
        assertThat(city("above-scale-value-added", "2015").actual()).isEqualByComparingTo("8");
    }

    @Test
    void monthlyFlowsAddUpAndAnOlderReportCannotUndoACorrection() {
        investment("p1", County.QINGXIN, "2015-01", "20000", 1);
        investment("p1", County.QINGXIN, "2015-02", "30000", 2);
        investment("p1", County.QINGXIN, "2015-02", "10000", 3); // a correction of February
        investment("p1", County.QINGXIN, "2015-02", "30000", 2); // the original, redelivered after it
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
        targets.recordCounty("industrial-investment", TargetPeriod.year(2015), County.QINGCHENG, 1, target("12"));
        targets.recordCounty("industrial-investment", TargetPeriod.year(2015), County.QINGXIN, 1, target("12"));
        targets.recordCounty("industrial-investment", TargetPeriod.year(2015), County.YINGDE, 1, target("12"));
        investment("a", County.QINGCHENG, "2015-03", "70000", 1); // 7 of 6 expected: 116.67 %
        investment("b", County.QINGXIN, "2015-03", "55000", 1);   // 5.5 of 6: 91.67 %
        investment("c", County.YINGDE, "2015-03", "30000", 1);    // 3 of 6: 50 %

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

        assertThat(views.supervision(2015).counties()).extracting(Views.SummonedCounty::county).containsExactly("yingde");

        targets.recordCounty("industrial-investment", TargetPeriod.year(2015), County.LIANNAN, 1, target("12"));
        IndicatorRow silent = county(County.LIANNAN, "industrial-investment", "2015");
        assertThat(silent.status()).as("nothing reported").isEqualTo(Status.NO_DATA);
        assertThat(silent.rank()).as("a county that reports nothing ranks last").isEqualTo(4);
        assertThat(views.supervision(2015).counties()).extracting(Views.SummonedCounty::county)
                .as("and not reporting does not keep it off the summons list").containsExactly("yingde", "liannan");
        assertThat(views.ranking(TargetPeriod.year(2015)).counties().get(0).county()).isEqualTo("qingcheng");
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
        targets.recordCity("rd-centres", TargetPeriod.year(2017), 1, target("83"));
        targets.recordCity("park-fixed-asset-investment", TargetPeriod.year(2015), 1, target("88"));
        targets.recordCity("park-fixed-asset-investment", TargetPeriod.year(2016), 2, target("93"));
        targets.recordCity("park-fixed-asset-investment", TargetPeriod.year(2017), 3, target("100"));
        targets.recordCity("retrofit-enterprises", TargetPeriod.year(2015), 1, target("70"));

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
        return views.city(TargetPeriod.parse(period)).rows().stream().filter(r -> r.indicator().equals(indicator)).findFirst().orElseThrow();
    }

    private IndicatorRow county(County county, String indicator, String period) {
        return views.county(county, TargetPeriod.parse(period)).rows().stream().filter(r -> r.indicator().equals(indicator)).findFirst().orElseThrow();
    }

    private void statistics(County county, String month, Measure measure, String value) {
        facts.record(measure + "|" + county.code() + "|" + month, ++sequence,
                new Fact(measure, county.code(), county.code(), YearMonth.parse(month), new BigDecimal(value)));
    }

    private void investment(String project, County county, String month, String wanYuan, long sequence) {
        facts.record("INDUSTRIAL_INVESTMENT|" + project + "|" + month, sequence,
                new Fact(Measure.INDUSTRIAL_INVESTMENT, county.code(), project, YearMonth.parse(month), new BigDecimal(wanYuan)));
    }

    private void completion(Measure measure, String id, County county, String enterprise, String month) {
        facts.record(measure + "|" + id, 0, new Fact(measure, county.code(), enterprise, YearMonth.parse(month), BigDecimal.ONE));
    }

    private static TargetBook.Target target(String value) {
        return new TargetBook.Target(new BigDecimal(value), TargetComparator.AT_LEAST, Provenance.SAMPLE, "test");
    }
}
