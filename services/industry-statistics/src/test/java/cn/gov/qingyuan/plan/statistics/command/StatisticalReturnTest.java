package cn.gov.qingyuan.plan.statistics.command;

import cn.gov.qingyuan.plan.contracts.InvalidFigures;
import cn.gov.qingyuan.plan.contracts.InvalidFigures.Violation;
import cn.gov.qingyuan.plan.contracts.OutsideReportingUnit;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnRevised;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnSubmitted;
import cn.gov.qingyuan.plan.statistics.command.ReturnCommands.ReviseReturn;
import cn.gov.qingyuan.plan.statistics.command.ReturnCommands.SubmitReturn;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static cn.gov.qingyuan.plan.testkit.FigureMatchers.violations;
import static org.hamcrest.Matchers.startsWith;

class StatisticalReturnTest {

    private static final ReportingPeriod JUNE = ReportingPeriod.of(2015, 6);
    private static final String ID = "yingde/2015-06";
    private static final ReportingUnit YINGDE = ReportingUnit.parse("county:yingde");
    private static final ReportingUnit STATISTICS_BUREAU = ReportingUnit.parse("bureau:statistics");
    private static final LocalDate ON_TIME = LocalDate.of(2015, 7, 6);

    /** A full return of the statistics bureau: value added in 万元, counts as whole numbers. */
    private static final StatisticalFigures FIGURES = new StatisticalFigures(wan("420000.50"), wan("64000"), wan("14500"), wan("610000"),
            310, 36, 9, 41, 5, 2, 1, 12);
    private static final StatisticalReturnSubmitted SUBMITTED = new StatisticalReturnSubmitted(ID, County.YINGDE, JUNE, FIGURES, ON_TIME, false);

    private AggregateTestFixture<StatisticalReturn> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(StatisticalReturn.class);
    }

    private static BigDecimal wan(String value) {
        return new BigDecimal(value);
    }

    private static StatisticalFigures patentsOnly(int patents) {
        return new StatisticalFigures(null, null, null, null, null, null, null, patents, null, null, null, null);
    }

    private static SubmitReturn submit(StatisticalFigures figures) {
        return new SubmitReturn(County.YINGDE, JUNE, figures, ON_TIME, YINGDE);
    }

    @Test
    void submittingAReturnRecordsItsFiguresForTheCountyAndMonth_asVersion0() {
        fixture.givenNoPriorActivity()
                .when(submit(FIGURES))
                .expectSuccessfulHandlerExecution()
                .expectEvents(SUBMITTED)
                .expectResultMessagePayload(0L);
    }

    @Test
    void aReturnOnTheEighthDayAfterItsMonthIsOnTime() {
        fixture.givenNoPriorActivity()
                .when(new SubmitReturn(County.YINGDE, JUNE, FIGURES, LocalDate.of(2015, 7, 8), YINGDE))
                .expectEvents(new StatisticalReturnSubmitted(ID, County.YINGDE, JUNE, FIGURES, LocalDate.of(2015, 7, 8), false));
    }

    @Test
    void aReturnAfterTheDueDateIsAcceptedAndMarkedLate() {
        fixture.givenNoPriorActivity()
                .when(new SubmitReturn(County.YINGDE, JUNE, FIGURES, LocalDate.of(2015, 7, 9), YINGDE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StatisticalReturnSubmitted(ID, County.YINGDE, JUNE, FIGURES, LocalDate.of(2015, 7, 9), true));
    }

    @Test
    void aReturnMayReportASingleFigure_asTheScienceBureauDoesForPatents() {
        fixture.givenNoPriorActivity()
                .when(new SubmitReturn(County.YINGDE, JUNE, patentsOnly(41), ON_TIME, ReportingUnit.parse("bureau:science")))
                .expectEvents(new StatisticalReturnSubmitted(ID, County.YINGDE, JUNE, patentsOnly(41), ON_TIME, false));
    }

    @Test
    void aReturnWithoutAnyFigureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(new StatisticalFigures(null, null, null, null, null, null, null, null, null, null, null, null)))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage(startsWith("a return reports at least one figure"))
                .expectNoEvents();
    }

    @Test
    void aNegativeFigureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(submit(new StatisticalFigures(null, null, null, null, null, null, null, -1, null, null, null, null)))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage("patentsGranted: must not be negative")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(submit(new StatisticalFigures(wan("-0.01"), null, null, null, null, null, null, null, null, null, null, null)))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage("aboveScaleValueAddedWanYuan: must not be negative")
                .expectNoEvents();
    }

    @Test
    void advancedManufacturingValueAddedCannotExceedTheAboveScaleValueAdded() {
        fixture.givenNoPriorActivity()
                .when(submit(new StatisticalFigures(wan("1000"), wan("1000.01"), null, null, null, null, null, null, null, null, null, null)))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage("advancedManufacturingValueAddedWanYuan: must not exceed aboveScaleValueAddedWanYuan (1000): "
                        + "advanced manufacturing is part of above-scale industry")
                .expectNoEvents();
    }

    @Test
    void highTechValueAddedCannotExceedTheAboveScaleValueAdded() {
        fixture.givenNoPriorActivity()
                .when(submit(new StatisticalFigures(wan("1000"), null, wan("2000"), null, null, null, null, null, null, null, null, null)))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage(startsWith("highTechValueAddedWanYuan: must not exceed aboveScaleValueAddedWanYuan"))
                .expectNoEvents();
    }

    @Test
    void aboveScaleValueAddedCannotExceedTheValueAddedOfAllIndustry() {
        fixture.givenNoPriorActivity()
                .when(submit(new StatisticalFigures(wan("1000"), null, null, wan("999"), null, null, null, null, null, null, null, null)))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage(startsWith("aboveScaleValueAddedWanYuan: must not exceed industrialValueAddedWanYuan"))
                .expectNoEvents();
    }

    @Test
    void enterprisesWithAnRdInstitutionCannotOutnumberTheAboveScaleEnterprises() {
        fixture.givenNoPriorActivity()
                .when(submit(new StatisticalFigures(null, null, null, null, 30, 31, null, null, null, null, null, null)))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage(startsWith("enterprisesWithRdInstitution: must not exceed aboveScaleEnterprises (30)"))
                .expectNoEvents();
    }

    @Test
    void enterprisesOverOneBillionRevenueCannotOutnumberTheAboveScaleEnterprises() {
        fixture.givenNoPriorActivity()
                .when(submit(new StatisticalFigures(null, null, null, null, 4, null, null, null, 5, null, null, null)))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage(startsWith("enterprisesOver1BillionRevenue: must not exceed aboveScaleEnterprises (4)"))
                .expectNoEvents();
    }

    @Test
    void aPartEqualToItsWholeOrReportedWithoutItsWholeIsAccepted() {
        StatisticalFigures equal = new StatisticalFigures(wan("1000"), wan("1000.00"), null, wan("1000"), 30, 30, null, null, null, null, null, null);
        fixture.givenNoPriorActivity().when(submit(equal)).expectSuccessfulHandlerExecution();
        StatisticalFigures partsAlone = new StatisticalFigures(null, wan("64000"), wan("14500"), null, null, 36, null, null, 5, null, null, null);
        fixture.givenNoPriorActivity().when(submit(partsAlone)).expectSuccessfulHandlerExecution();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(submit(new StatisticalFigures(wan("1000"), wan("2000"), wan("3000"), null, 10, 11, -1, null, null, null, null, null)))
                .expectException(violations(
                        new Violation("technologyCentresAndLabs", "must not be negative"),
                        new Violation("advancedManufacturingValueAddedWanYuan",
                                "must not exceed aboveScaleValueAddedWanYuan (1000): advanced manufacturing is part of above-scale industry"),
                        new Violation("highTechValueAddedWanYuan",
                                "must not exceed aboveScaleValueAddedWanYuan (1000): high-tech manufacturing is part of above-scale industry"),
                        new Violation("enterprisesWithRdInstitution",
                                "must not exceed aboveScaleEnterprises (10): the share is counted among above-scale enterprises")))
                .expectNoEvents();
    }

    @Test
    void theSameCountyAndMonthIsSubmittedOnlyOnce_aRevisedReturnIsACorrectionWithAReason() {
        fixture.given(SUBMITTED)
                .when(new SubmitReturn(County.YINGDE, JUNE, patentsOnly(42), ON_TIME, STATISTICS_BUREAU))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the return of yingde for 2015-06 was already submitted; a revised return is a correction with a reason:"
                        + " send it as a revision")
                .expectNoEvents();
    }

    @Test
    void aRevisionReplacesTheWholeSetOfFiguresAndNamesTheFiguresAndEventItReplaces() {
        fixture.given(SUBMITTED)
                .when(new ReviseReturn(County.YINGDE, JUNE, patentsOnly(43), "the bureau's June bulletin counted two patents late", STATISTICS_BUREAU, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StatisticalReturnRevised(ID, County.YINGDE, JUNE, patentsOnly(43), FIGURES, 0,
                        "the bureau's June bulletin counted two patents late"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aSecondRevisionReplacesTheFirst() {
        fixture.given(SUBMITTED, new StatisticalReturnRevised(ID, County.YINGDE, JUNE, patentsOnly(43), FIGURES, 0, "bulletin"))
                .when(new ReviseReturn(County.YINGDE, JUNE, patentsOnly(44), "annual verification", YINGDE, null))
                .expectEvents(new StatisticalReturnRevised(ID, County.YINGDE, JUNE, patentsOnly(44), patentsOnly(43), 1, "annual verification"));
    }

    @Test
    void aRevisionToTheFiguresAlreadyRecordedIsRefused_whateverTheirScale() {
        StatisticalFigures sameWithOtherScale = new StatisticalFigures(wan("420000.500"), wan("64000.00"), wan("14500"), wan("610000"),
                310, 36, 9, 41, 5, 2, 1, 12);
        fixture.given(SUBMITTED)
                .when(new ReviseReturn(County.YINGDE, JUNE, sameWithOtherScale, "no change at all", YINGDE, null))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the return of yingde for 2015-06 already reports exactly these figures; nothing to revise")
                .expectNoEvents();
    }

    @Test
    void aRevisionLeavingOutAFigureIsAChange() {
        StatisticalFigures withoutAssessed = new StatisticalFigures(wan("420000.50"), wan("64000"), wan("14500"), wan("610000"),
                310, 36, 9, 41, 5, 2, 1, null);
        fixture.given(SUBMITTED)
                .when(new ReviseReturn(County.YINGDE, JUNE, withoutAssessed, "assessments are reported by the economy bureau", YINGDE, null))
                .expectEvents(new StatisticalReturnRevised(ID, County.YINGDE, JUNE, withoutAssessed, FIGURES, 0,
                        "assessments are reported by the economy bureau"));
    }

    @Test
    void aRevisionObeysTheSameFigureRules() {
        fixture.given(SUBMITTED)
                .when(new ReviseReturn(County.YINGDE, JUNE, new StatisticalFigures(null, null, null, null, 30, 31, null, null, null, null, null, null),
                        "recount", YINGDE, null))
                .expectException(InvalidFigures.class)
                .expectNoEvents();
    }

    @Test
    void aReturnNeverSubmittedCannotBeRevised() {
        fixture.givenNoPriorActivity()
                .when(new ReviseReturn(County.YINGDE, JUNE, patentsOnly(1), "nothing to revise", YINGDE, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionBasedOnTheCurrentVersionSucceeds() {
        fixture.given(SUBMITTED)
                .when(new ReviseReturn(County.YINGDE, JUNE, patentsOnly(43), "bulletin corrected", YINGDE, 0L))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(1L);
    }

    @Test
    void aRevisionBasedOnAStaleVersionIsRefused() {
        fixture.given(SUBMITTED, new StatisticalReturnRevised(ID, County.YINGDE, JUNE, patentsOnly(43), FIGURES, 0, "bulletin"))
                .when(new ReviseReturn(County.YINGDE, JUNE, patentsOnly(44), "annual verification", YINGDE, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aCountyGovernmentSubmitsOnlyForItsOwnCounty() {
        fixture.givenNoPriorActivity()
                .when(new SubmitReturn(County.YINGDE, JUNE, FIGURES, ON_TIME, ReportingUnit.parse("county:qingcheng")))
                .expectException(OutsideReportingUnit.class)
                .expectExceptionMessage("county:qingcheng does not report for county yingde")
                .expectNoEvents();
    }

    @Test
    void aCityBureauSubmitsForAnyCounty() {
        fixture.givenNoPriorActivity()
                .when(new SubmitReturn(County.LIANNAN, JUNE, FIGURES, ON_TIME, STATISTICS_BUREAU))
                .expectEvents(new StatisticalReturnSubmitted("liannan/2015-06", County.LIANNAN, JUNE, FIGURES, ON_TIME, false));
    }

    @Test
    void aCityBureauRevisesForAnyCounty() {
        fixture.given(SUBMITTED)
                .when(new ReviseReturn(County.YINGDE, JUNE, patentsOnly(43), "patent office list", ReportingUnit.parse("bureau:science"), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aParkCommitteeDoesNotSubmitACountysReturn_evenForItsHostCounty() {
        fixture.givenNoPriorActivity()
                .when(new SubmitReturn(County.YINGDE, JUNE, FIGURES, ON_TIME, ReportingUnit.parse("park:huaqiao")))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
    }

    @Test
    void aReportingUnitOutsideTheCountyMayNotReviseItsReturn() {
        fixture.given(SUBMITTED)
                .when(new ReviseReturn(County.YINGDE, JUNE, patentsOnly(43), "not ours to change", ReportingUnit.parse("county:fogang"), null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
    }

    @Test
    void theOutOfScopeAnswerComesBeforeTheDuplicateOne() {
        fixture.given(SUBMITTED)
                .when(new SubmitReturn(County.YINGDE, JUNE, FIGURES, ON_TIME, ReportingUnit.parse("county:fogang")))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
    }
}
