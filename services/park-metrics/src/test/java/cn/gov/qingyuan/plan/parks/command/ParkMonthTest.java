package cn.gov.qingyuan.plan.parks.command;

import cn.gov.qingyuan.plan.contracts.OutsideReportingUnit;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.parks.ParkFigures;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresRevised;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresSubmitted;
import cn.gov.qingyuan.plan.contracts.InvalidFigures;
import cn.gov.qingyuan.plan.contracts.InvalidFigures.Violation;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.ReviseParkFigures;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.SubmitParkFigures;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static cn.gov.qingyuan.plan.testkit.FigureMatchers.violations;
import static org.hamcrest.Matchers.startsWith;

class ParkMonthTest {

    /** Huaqiao zone, hosted by Yingde (shipped reference data). */
    private static final Park HUAQIAO = Parks.shipped().find("huaqiao").orElseThrow();
    private static final ReportingPeriod JUNE = ReportingPeriod.of(2015, 6);
    private static final String ID = "huaqiao/2015-06";
    private static final ReportingUnit COMMITTEE = ReportingUnit.parse("park:huaqiao");
    private static final ReportingUnit YINGDE = ReportingUnit.parse("county:yingde");
    private static final ReportingUnit ECONOMY_BUREAU = ReportingUnit.parse("bureau:economy-it");
    private static final LocalDate ON_TIME = LocalDate.of(2015, 7, 6);

    private static final ParkFigures FIGURES = figures("42000.50", "310000", "265000");
    private static final ParkFiguresSubmitted SUBMITTED = new ParkFiguresSubmitted(ID, "huaqiao", County.YINGDE, JUNE, FIGURES, ON_TIME, false);

    private AggregateTestFixture<ParkMonth> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ParkMonth.class);
    }

    private static ParkFigures figures(String investment, String industrial, String aboveScale) {
        return new ParkFigures(investment == null ? null : new BigDecimal(investment), industrial == null ? null : new BigDecimal(industrial),
                aboveScale == null ? null : new BigDecimal(aboveScale));
    }

    private static SubmitParkFigures submit(ParkFigures figures) {
        return new SubmitParkFigures(HUAQIAO, JUNE, figures, ON_TIME, COMMITTEE);
    }

    @Test
    void submittingAMonthRecordsTheParksFiguresWithItsHostCounty_asVersion0() {
        fixture.givenNoPriorActivity()
                .when(submit(FIGURES))
                .expectSuccessfulHandlerExecution()
                .expectEvents(SUBMITTED)
                .expectResultMessagePayload(0L);
    }

    @Test
    void figuresOnTheEighthDayAfterTheMonthAreOnTime_andLaterOnesAreAcceptedAndMarkedLate() {
        fixture.givenNoPriorActivity()
                .when(new SubmitParkFigures(HUAQIAO, JUNE, FIGURES, LocalDate.of(2015, 7, 8), COMMITTEE))
                .expectEvents(new ParkFiguresSubmitted(ID, "huaqiao", County.YINGDE, JUNE, FIGURES, LocalDate.of(2015, 7, 8), false));
        fixture.givenNoPriorActivity()
                .when(new SubmitParkFigures(HUAQIAO, JUNE, FIGURES, LocalDate.of(2015, 7, 9), COMMITTEE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ParkFiguresSubmitted(ID, "huaqiao", County.YINGDE, JUNE, FIGURES, LocalDate.of(2015, 7, 9), true));
    }

    @Test
    void aMonthMayReportASingleFigure() {
        ParkFigures investmentOnly = figures("1200", null, null);
        fixture.givenNoPriorActivity()
                .when(submit(investmentOnly))
                .expectEvents(new ParkFiguresSubmitted(ID, "huaqiao", County.YINGDE, JUNE, investmentOnly, ON_TIME, false));
    }

    @Test
    void aMonthWithoutAnyFigureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(figures(null, null, null)))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage(startsWith("a month reports at least one figure"))
                .expectNoEvents();
    }

    @Test
    void aNegativeFigureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(figures("-0.01", null, null)))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage("fixedAssetInvestmentInIndustrialProjectsWanYuan: must not be negative")
                .expectNoEvents();
    }

    @Test
    void aFigureAboveOneThousandYiIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(figures(null, "10000000.01", null)))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage("industrialValueAddedWanYuan: must not exceed 10000000 万元 (1,000 亿)")
                .expectNoEvents();
        fixture.givenNoPriorActivity().when(submit(figures("10000000", null, null))).expectSuccessfulHandlerExecution();
    }

    @Test
    void aboveScaleValueAddedCannotExceedTheParksIndustrialValueAdded_butMayEqualItOrComeAlone() {
        fixture.givenNoPriorActivity()
                .when(submit(figures(null, "1000", "1000.01")))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage("aboveScaleValueAddedWanYuan: must not exceed industrialValueAddedWanYuan (1000): "
                        + "above-scale industry is part of all industry")
                .expectNoEvents();
        fixture.givenNoPriorActivity().when(submit(figures(null, "1000", "1000.00"))).expectSuccessfulHandlerExecution();
        fixture.givenNoPriorActivity().when(submit(figures(null, null, "265000"))).expectSuccessfulHandlerExecution();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(submit(figures("-5", "1000", "2000")))
                .expectException(violations(
                        new Violation("fixedAssetInvestmentInIndustrialProjectsWanYuan", "must not be negative"),
                        new Violation("aboveScaleValueAddedWanYuan",
                                "must not exceed industrialValueAddedWanYuan (1000): above-scale industry is part of all industry")))
                .expectNoEvents();
    }

    @Test
    void theSameParkAndMonthIsSubmittedOnlyOnce_changedFiguresAreARevisionWithAReason() {
        fixture.given(SUBMITTED)
                .when(new SubmitParkFigures(HUAQIAO, JUNE, figures("1", null, null), ON_TIME, ECONOMY_BUREAU))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the figures of park huaqiao for 2015-06 were already submitted; changed figures are a correction"
                        + " with a reason: send them as a revision")
                .expectNoEvents();
    }

    @Test
    void aRevisionReplacesTheWholeSetAndNamesTheFiguresAndEventItReplaces() {
        ParkFigures revised = figures("43000.50", "310000", null);
        fixture.given(SUBMITTED)
                .when(new ReviseParkFigures(HUAQIAO, JUNE, revised, "one project's invoice was booked in July", COMMITTEE, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new ParkFiguresRevised(ID, "huaqiao", County.YINGDE, JUNE, revised, FIGURES, 0,
                        "one project's invoice was booked in July"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aSecondRevisionReplacesTheFirst() {
        ParkFigures first = figures("43000", null, null);
        ParkFigures second = figures("44000", null, null);
        fixture.given(SUBMITTED, new ParkFiguresRevised(ID, "huaqiao", County.YINGDE, JUNE, first, FIGURES, 0, "invoice"))
                .when(new ReviseParkFigures(HUAQIAO, JUNE, second, "annual verification", YINGDE, null))
                .expectEvents(new ParkFiguresRevised(ID, "huaqiao", County.YINGDE, JUNE, second, first, 1, "annual verification"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aRevisionToTheFiguresAlreadyRecordedIsRefused_whateverTheirScale() {
        fixture.given(SUBMITTED)
                .when(new ReviseParkFigures(HUAQIAO, JUNE, figures("42000.500", "310000.00", "265000"), "no change at all", COMMITTEE, null))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the figures of park huaqiao for 2015-06 are already exactly these; nothing to revise")
                .expectNoEvents();
    }

    @Test
    void aRevisionObeysTheSameFigureRules() {
        fixture.given(SUBMITTED)
                .when(new ReviseParkFigures(HUAQIAO, JUNE, figures(null, "100", "200"), "recount of the enterprises", COMMITTEE, null))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage(startsWith("aboveScaleValueAddedWanYuan: must not exceed industrialValueAddedWanYuan (100)"))
                .expectNoEvents();
    }

    @Test
    void aMonthNeverSubmittedCannotBeRevised() {
        fixture.givenNoPriorActivity()
                .when(new ReviseParkFigures(HUAQIAO, JUNE, FIGURES, "recount of the enterprises", COMMITTEE, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionBasedOnAStaleVersionIsRefused() {
        fixture.given(SUBMITTED, new ParkFiguresRevised(ID, "huaqiao", County.YINGDE, JUNE, figures("1", null, null), FIGURES, 0, "invoice"))
                .when(new ReviseParkFigures(HUAQIAO, JUNE, figures("2", null, null), "another invoice", COMMITTEE, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void theParkCommitteeTheHostCountyAndACityBureauMaySubmit() {
        fixture.givenNoPriorActivity().when(new SubmitParkFigures(HUAQIAO, JUNE, FIGURES, ON_TIME, YINGDE)).expectEvents(SUBMITTED);
        fixture.givenNoPriorActivity().when(new SubmitParkFigures(HUAQIAO, JUNE, FIGURES, ON_TIME, ECONOMY_BUREAU)).expectEvents(SUBMITTED);
    }

    @Test
    void anotherParksCommitteeOrAnotherCountyMayNotSubmitOrRevise() {
        fixture.givenNoPriorActivity()
                .when(new SubmitParkFigures(HUAQIAO, JUNE, FIGURES, ON_TIME, ReportingUnit.parse("park:yinghong")))
                .expectException(OutsideReportingUnit.class)
                .expectExceptionMessage("park:yinghong does not report for park huaqiao in yingde")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SubmitParkFigures(HUAQIAO, JUNE, FIGURES, ON_TIME, ReportingUnit.parse("county:qingcheng")))
                .expectException(OutsideReportingUnit.class)
                .expectExceptionMessage(startsWith("county:qingcheng does not report for park huaqiao in yingde"))
                .expectNoEvents();
        fixture.given(SUBMITTED)
                .when(new ReviseParkFigures(HUAQIAO, JUNE, figures("1", null, null), "not ours to revise", ReportingUnit.parse("county:qingxin"), null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SubmitParkFigures(HUAQIAO, JUNE, FIGURES, ON_TIME, null))
                .expectException(OutsideReportingUnit.class)
                .expectExceptionMessage(startsWith("a submitter without a reporting unit"))
                .expectNoEvents();
    }

    @Test
    void scopeIsCheckedBeforeTheFigures_soAnOutsiderLearnsNothingAboutThem() {
        fixture.given(SUBMITTED)
                .when(new SubmitParkFigures(HUAQIAO, JUNE, figures(null, null, null), ON_TIME, ReportingUnit.parse("park:taiping")))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
    }
}
