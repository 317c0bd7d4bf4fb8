package cn.gov.qingyuan.plan.targets.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.targets.CountyValue;
import cn.gov.qingyuan.plan.contracts.targets.IndicatorCode;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CityTargetSet;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CountyAllocationIssued;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetComparator;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.targets.command.TargetCommands.IssueCountyAllocation;
import cn.gov.qingyuan.plan.targets.command.TargetCommands.SetCityTarget;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

class IndicatorTargetsTest {

    private static final IndicatorCode INVESTMENT = IndicatorCode.of("industrial-investment");
    private static final TargetPeriod Y2016 = TargetPeriod.year(2016);
    private static final String SOURCE = "Plan 2.4.2: 2016年完成工业投资205亿元";
    private static final CityTargetSet TARGET_2016 = new CityTargetSet(INVESTMENT, Y2016, new BigDecimal("205"), "亿元",
            TargetComparator.AT_LEAST, Provenance.PLAN, SOURCE, null);
    /** 205 亿 split 24/18/20/12/8/7/5/6 %. */
    private static final Map<County, BigDecimal> SPLIT = split("49.20", "36.90", "41.00", "24.60", "16.40", "14.35", "10.25", "12.30");
    private static final LocalDate MARCH_31 = LocalDate.of(2016, 3, 31);

    private AggregateTestFixture<IndicatorTargets> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IndicatorTargets.class);
    }

    private static Map<County, BigDecimal> split(String... values) {
        Map<County, BigDecimal> split = new EnumMap<>(County.class);
        for (int i = 0; i < values.length; i++) {
            split.put(County.values()[i], new BigDecimal(values[i]));
        }
        return split;
    }

    /** {@link #SPLIT} with one county's value changed, or left out when {@code value} is null. */
    private static Map<County, BigDecimal> splitWith(County county, String value) {
        Map<County, BigDecimal> split = new EnumMap<>(SPLIT);
        if (value == null) {
            split.remove(county);
        } else {
            split.put(county, new BigDecimal(value));
        }
        return split;
    }

    private static List<CountyValue> values(Map<County, BigDecimal> split) {
        return split.entrySet().stream().map(e -> new CountyValue(e.getKey(), e.getValue())).toList();
    }

    private static IssueCountyAllocation issue(Map<County, BigDecimal> split, LocalDate issuedOn, String mismatchReason) {
        return new IssueCountyAllocation(INVESTMENT, Y2016, split, "亿元", true, Provenance.PLAN, issuedOn, "2016 decomposition",
                mismatchReason, false, null);
    }

    private static CountyAllocationIssued issued(int number, Integer supersedes, LocalDate issuedOn, boolean late) {
        return new CountyAllocationIssued(INVESTMENT, Y2016, values(SPLIT), "亿元", Provenance.PLAN, issuedOn, late, number, supersedes,
                "2016 decomposition", new BigDecimal("205"), null);
    }

    @Test
    void theFirstCityTargetCreatesTheIndicatorsTargets() {
        fixture.givenNoPriorActivity()
                .when(new SetCityTarget(INVESTMENT, Y2016, new BigDecimal("205"), "亿元", TargetComparator.AT_LEAST, Provenance.PLAN,
                        SOURCE, false, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(TARGET_2016)
                .expectResultMessagePayload(0L);
    }

    @Test
    void aNewCityTargetReplacesTheOldOneAndNamesIt() {
        fixture.given(TARGET_2016)
                .when(new SetCityTarget(INVESTMENT, Y2016, new BigDecimal("210"), "亿元", TargetComparator.AT_LEAST, Provenance.PLAN,
                        "provincial adjustment", false, null))
                .expectEvents(new CityTargetSet(INVESTMENT, Y2016, new BigDecimal("210"), "亿元", TargetComparator.AT_LEAST, Provenance.PLAN,
                        "provincial adjustment", new BigDecimal("205")));
    }

    @Test
    void repeatingTheTargetInForceRecordsNothing() {
        fixture.given(TARGET_2016)
                .when(new SetCityTarget(INVESTMENT, Y2016, new BigDecimal("205.00"), "亿元", TargetComparator.AT_LEAST, Provenance.PLAN,
                        SOURCE, false, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(0L);
    }

    @Test
    void theSeedNeverOverwritesATargetAlreadyRecorded() {
        fixture.given(TARGET_2016)
                .when(new SetCityTarget(INVESTMENT, Y2016, new BigDecimal("1"), "亿元", TargetComparator.ABOUT, Provenance.SAMPLE,
                        "seed", true, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSplitIssuedByTheEndOfMarchIsOnTimeAndTheFirstOfItsYear() {
        fixture.given(TARGET_2016)
                .when(issue(SPLIT, MARCH_31, null))
                .expectEvents(issued(1, null, MARCH_31, false))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aSplitIssuedAfterMarch31IsAcceptedAndMarkedLate() {
        LocalDate april1 = LocalDate.of(2016, 4, 1);
        fixture.given(TARGET_2016)
                .when(issue(SPLIT, april1, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(issued(1, null, april1, true));
    }

    @Test
    void the2015SplitWasDueWithThePlanItselfOnJuly3() {
        TargetPeriod y2015 = TargetPeriod.year(2015);
        Map<County, BigDecimal> split = split("39.60", "29.70", "33.00", "19.80", "13.20", "11.55", "8.25", "9.90");
        CityTargetSet target = new CityTargetSet(INVESTMENT, y2015, new BigDecimal("165"), "亿元", TargetComparator.AT_LEAST,
                Provenance.PLAN, "Plan 2.4.2", null);
        for (int day = 3; day <= 4; day++) {
            LocalDate issuedOn = LocalDate.of(2015, 7, day);
            fixture.given(target)
                    .when(new IssueCountyAllocation(INVESTMENT, y2015, split, "亿元", true, Provenance.PLAN, issuedOn, null, null, false, null))
                    .expectEvents(new CountyAllocationIssued(INVESTMENT, y2015, values(split), "亿元", Provenance.PLAN, issuedOn, day == 4, 1,
                            null, null, new BigDecimal("165"), null));
        }
    }

    @Test
    void aLaterSplitSupersedesTheEarlierWhichStaysInTheHistory() {
        Map<County, BigDecimal> revised = splitWith(County.QINGCHENG, "50.20");
        revised.put(County.LIANNAN, new BigDecimal("11.30"));
        LocalDate may2 = LocalDate.of(2016, 5, 2);
        fixture.given(TARGET_2016, issued(1, null, MARCH_31, false))
                .when(new IssueCountyAllocation(INVESTMENT, Y2016, revised, "亿元", true, Provenance.PLAN, may2, "revised", null, false, null))
                .expectEvents(new CountyAllocationIssued(INVESTMENT, Y2016, values(revised), "亿元", Provenance.PLAN, may2, true, 2, 1,
                        "revised", new BigDecimal("205"), null));
    }

    @Test
    void reissuingTheSplitInForceRecordsNothing() {
        fixture.given(TARGET_2016, issued(1, null, MARCH_31, false))
                .when(issue(SPLIT, MARCH_31, null))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aSplitThatDoesNotAddUpToTheCityTargetIsRefused() {
        Map<County, BigDecimal> short1 = splitWith(County.QINGCHENG, "47.00");
        fixture.given(TARGET_2016)
                .when(issue(short1, MARCH_31, null))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the counties add up to 202.80 亿元 but the city target for 2016 is 205 亿元: they differ by 2.20 "
                        + "(1.07 %), more than 0.5 %; send \"acceptMismatch\": true with a reason to issue it anyway")
                .expectNoEvents();
    }

    @Test
    void aDifferenceWithinHalfAPercentIsRoundingAndAccepted() {
        Map<County, BigDecimal> close = splitWith(County.QINGCHENG, "48.18");
        fixture.given(TARGET_2016)
                .when(issue(close, MARCH_31, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CountyAllocationIssued(INVESTMENT, Y2016, values(close), "亿元", Provenance.PLAN, MARCH_31, false, 1, null,
                        "2016 decomposition", new BigDecimal("205"), null));
    }

    @Test
    void aMismatchAcceptedWithAReasonIsRecordedWithIt() {
        Map<County, BigDecimal> more = splitWith(County.YINGDE, "51.00");
        fixture.given(TARGET_2016)
                .when(issue(more, MARCH_31, "counties asked for a stretch target above the city's"))
                .expectEvents(new CountyAllocationIssued(INVESTMENT, Y2016, values(more), "亿元", Provenance.PLAN, MARCH_31, false, 1, null,
                        "2016 decomposition", new BigDecimal("205"), "counties asked for a stretch target above the city's"));
    }

    @Test
    void aSplitOfAnIndicatorThatDoesNotAddUpOverCountiesIsNotChecked() {
        IndicatorCode share = IndicatorCode.of("rd-institution-share");
        Map<County, BigDecimal> percents = split("14", "12", "12", "13", "10", "9", "8", "8");
        fixture.given(new CityTargetSet(share, Y2016, new BigDecimal("12"), "%", TargetComparator.AT_LEAST, Provenance.PLAN, "Plan 2.1.2", null))
                .when(new IssueCountyAllocation(share, Y2016, percents, "%", false, Provenance.PLAN, MARCH_31, null, null, false, null))
                .expectEvents(new CountyAllocationIssued(share, Y2016, values(percents), "%", Provenance.PLAN, MARCH_31, false, 1, null, null,
                        new BigDecimal("12"), null));
    }

    @Test
    void aSplitWithoutACityTargetIsRecordedWithoutOne() {
        fixture.givenNoPriorActivity()
                .when(issue(SPLIT, MARCH_31, null))
                .expectEvents(new CountyAllocationIssued(INVESTMENT, Y2016, values(SPLIT), "亿元", Provenance.PLAN, MARCH_31, false, 1, null,
                        "2016 decomposition", null, null));
    }

    @Test
    void anIncompleteSplitIsRefused() {
        Map<County, BigDecimal> incomplete = splitWith(County.LIANSHAN, null);
        incomplete.remove(County.LIANNAN);
        fixture.given(TARGET_2016)
                .when(issue(incomplete, MARCH_31, "whatever the sum"))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("a county split names all 8 counties; missing: lianshan, liannan")
                .expectNoEvents();
    }

    @Test
    void aNegativeCountyValueIsRefused() {
        Map<County, BigDecimal> negative = splitWith(County.FOGANG, "-1");
        fixture.given(TARGET_2016)
                .when(issue(negative, MARCH_31, "whatever the sum"))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void theWholePlanIsNotSplitOverCounties() {
        fixture.given(TARGET_2016)
                .when(new IssueCountyAllocation(INVESTMENT, TargetPeriod.WHOLE_PLAN, SPLIT, "亿元", true, Provenance.PLAN, MARCH_31, null, null,
                        false, null))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        fixture.given(TARGET_2016, issued(1, null, MARCH_31, false))
                .when(new SetCityTarget(INVESTMENT, Y2016, new BigDecimal("206"), "亿元", TargetComparator.AT_LEAST, Provenance.PLAN, SOURCE,
                        false, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
        fixture.given(TARGET_2016, issued(1, null, MARCH_31, false))
                .when(new SetCityTarget(INVESTMENT, Y2016, new BigDecimal("206"), "亿元", TargetComparator.AT_LEAST, Provenance.PLAN, SOURCE,
                        false, 1L))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2L);
    }
}
