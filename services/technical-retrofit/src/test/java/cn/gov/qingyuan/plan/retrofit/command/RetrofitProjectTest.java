package cn.gov.qingyuan.plan.retrofit.command;

import cn.gov.qingyuan.plan.contracts.OutsideReportingUnit;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentReported;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectCompleted;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectRegistered;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.CompleteRetrofitProject;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.CorrectRetrofitInvestment;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.RegisterRetrofitProject;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.ReportRetrofitInvestment;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import static cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType.EQUIPMENT_RENEWAL;
import static cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType.SMART_RETROFIT;

class RetrofitProjectTest {

    private static final String ID = "r-1";
    /** A sample code of a Yingde enterprise (administrative division 441881). */
    private static final EnterpriseCode CODE = new EnterpriseCode("91441881MA4UK7P2XL");
    private static final ReportingUnit YINGDE = ReportingUnit.parse("county:yingde");
    private static final Set<RetrofitType> TYPES = Set.of(SMART_RETROFIT, EQUIPMENT_RENEWAL);
    private static final RetrofitProjectRegistered REGISTERED = new RetrofitProjectRegistered(ID, CODE, "Yingde Ceramics Co.",
            County.YINGDE, "huaqiao", true, true, TYPES, new BigDecimal("8000"), true);
    private static final RetrofitInvestmentReported MARCH = new RetrofitInvestmentReported(ID, County.YINGDE, CODE,
            ReportingPeriod.of(2015, 3), new BigDecimal("1200.50"), LocalDate.of(2015, 4, 2), false);

    private AggregateTestFixture<RetrofitProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RetrofitProject.class);
    }

    private static RegisterRetrofitProject register(Set<RetrofitType> types, ReportingUnit unit) {
        return new RegisterRetrofitProject(ID, CODE, "Yingde Ceramics Co.", County.YINGDE, "huaqiao", true, true, types,
                new BigDecimal("8000"), true, unit);
    }

    private static ReportRetrofitInvestment report(ReportingPeriod period, String amount, LocalDate reportedOn) {
        return new ReportRetrofitInvestment(ID, period, new BigDecimal(amount), reportedOn, YINGDE, null);
    }

    @Test
    void registeringARetrofitRecordsTheEnterpriseItsFlagsAndItsTypes() {
        fixture.givenNoPriorActivity()
                .when(register(TYPES, YINGDE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
    }

    @Test
    void aRetrofitWithoutATypeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(register(Set.of(), YINGDE))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("a retrofit project must name at least one retrofit type")
                .expectNoEvents();
    }

    @Test
    void monthlyInvestmentIsReportedWithTheProjectsCountyAndEnterprise() {
        fixture.given(REGISTERED)
                .when(report(ReportingPeriod.of(2015, 3), "1200.50", LocalDate.of(2015, 4, 2)))
                .expectEvents(MARCH);
    }

    /** A report on the eighth day after its month is on time; on the ninth, it is accepted and marked late. */
    @ParameterizedTest(name = "reported on {0}: late {1}")
    @CsvSource({"2015-03-08, false", "2015-03-09, true"})
    void aReportIsLateOnlyAfterTheEighthDayAfterItsMonth(LocalDate reportedOn, boolean late) {
        fixture.given(REGISTERED)
                .when(report(ReportingPeriod.of(2015, 2), "1", reportedOn))
                .expectEvents(new RetrofitInvestmentReported(ID, County.YINGDE, CODE, ReportingPeriod.of(2015, 2), BigDecimal.ONE, reportedOn, late));
    }

    @Test
    void aMonthIsReportedOnlyOnce() {
        fixture.given(REGISTERED, MARCH)
                .when(report(ReportingPeriod.of(2015, 3), "99", LocalDate.of(2015, 4, 3)))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("retrofit investment for 2015-03 was already reported for this project; "
                        + "send a correction with a reason instead")
                .expectNoEvents();
    }

    @Test
    void anotherMonthIsAcceptedAfterTheFirst() {
        fixture.given(REGISTERED, MARCH)
                .when(report(ReportingPeriod.of(2015, 4), "0", LocalDate.of(2015, 5, 4)))
                .expectEvents(new RetrofitInvestmentReported(ID, County.YINGDE, CODE, ReportingPeriod.of(2015, 4), new BigDecimal("0"),
                        LocalDate.of(2015, 5, 4), false));
    }

    @Test
    void aCorrectionReplacesTheFigureAndNamesTheEventItCorrects() {
        fixture.given(REGISTERED, MARCH)
                .when(new CorrectRetrofitInvestment(ID, ReportingPeriod.of(2015, 3), new BigDecimal("1250"), "invoice total was mistyped",
                        YINGDE, null))
                .expectEvents(new RetrofitInvestmentCorrected(ID, County.YINGDE, CODE, ReportingPeriod.of(2015, 3), new BigDecimal("1250"),
                        new BigDecimal("1200.50"), 1, "invoice total was mistyped"));
    }

    @Test
    void aSecondCorrectionCorrectsTheFirst() {
        fixture.given(REGISTERED, MARCH, new RetrofitInvestmentCorrected(ID, County.YINGDE, CODE, ReportingPeriod.of(2015, 3),
                        new BigDecimal("1250"), new BigDecimal("1200.50"), 1, "mistyped"))
                .when(new CorrectRetrofitInvestment(ID, ReportingPeriod.of(2015, 3), new BigDecimal("1240"), "audit adjustment", YINGDE, null))
                .expectEvents(new RetrofitInvestmentCorrected(ID, County.YINGDE, CODE, ReportingPeriod.of(2015, 3), new BigDecimal("1240"),
                        new BigDecimal("1250"), 2, "audit adjustment"));
    }

    @Test
    void aMonthNeverReportedCannotBeCorrected() {
        fixture.given(REGISTERED)
                .when(new CorrectRetrofitInvestment(ID, ReportingPeriod.of(2015, 3), BigDecimal.ONE, "no such report", YINGDE, null))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("no retrofit investment was reported for 2015-03; report it first")
                .expectNoEvents();
    }

    @Test
    void aCorrectionToTheSameFigureIsRefused() {
        fixture.given(REGISTERED, MARCH)
                .when(new CorrectRetrofitInvestment(ID, ReportingPeriod.of(2015, 3), new BigDecimal("1200.5"), "no change", YINGDE, null))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the recorded figure for 2015-03 is already 1200.50 万元")
                .expectNoEvents();
    }

    @Test
    void completionRecordsTheDayWithTheEnterprisesFlagsAndTypesForCounting() {
        fixture.given(REGISTERED, MARCH)
                .when(new CompleteRetrofitProject(ID, LocalDate.of(2015, 9, 30), YINGDE, null))
                .expectEvents(new RetrofitProjectCompleted(ID, County.YINGDE, CODE, LocalDate.of(2015, 9, 30), true, true, TYPES));
    }

    @Test
    void aProjectCompletesOnlyOnce() {
        fixture.given(REGISTERED, new RetrofitProjectCompleted(ID, County.YINGDE, CODE, LocalDate.of(2015, 9, 30), true, true, TYPES))
                .when(new CompleteRetrofitProject(ID, LocalDate.of(2016, 1, 5), YINGDE, null))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the project was already completed on 2015-09-30; a project completes once")
                .expectNoEvents();
    }

    @Test
    void investmentOfACompletedProjectCanStillBeReportedAndCorrected() {
        RetrofitProjectCompleted completed = new RetrofitProjectCompleted(ID, County.YINGDE, CODE, LocalDate.of(2015, 9, 30), true, true, TYPES);
        fixture.given(REGISTERED, MARCH, completed)
                .when(report(ReportingPeriod.of(2015, 9), "300", LocalDate.of(2015, 10, 8)))
                .expectSuccessfulHandlerExecution();
        fixture.given(REGISTERED, MARCH, completed)
                .when(new CorrectRetrofitInvestment(ID, ReportingPeriod.of(2015, 3), new BigDecimal("1100"), "final accounts", YINGDE, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aChangeAnswersTheProjectsNewVersion() {
        fixture.given(REGISTERED, MARCH)
                .when(new CompleteRetrofitProject(ID, LocalDate.of(2015, 9, 30), YINGDE, 1L))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2L);
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        fixture.given(REGISTERED, MARCH)
                .when(new ReportRetrofitInvestment(ID, ReportingPeriod.of(2015, 4), BigDecimal.ONE, LocalDate.of(2015, 5, 2), YINGDE, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aReportingUnitMayNotRegisterARetrofitOutsideItsCounty() {
        fixture.givenNoPriorActivity()
                .when(register(TYPES, ReportingUnit.parse("county:qingcheng")))
                .expectException(OutsideReportingUnit.class)
                .expectExceptionMessage("county:qingcheng does not report for park huaqiao in yingde")
                .expectNoEvents();
    }

    @Test
    void aCountyMayNotChangeAnotherCountysProject() {
        ReportingUnit qingcheng = ReportingUnit.parse("county:qingcheng");
        fixture.given(REGISTERED, MARCH)
                .when(new ReportRetrofitInvestment(ID, ReportingPeriod.of(2015, 4), BigDecimal.ONE, LocalDate.of(2015, 5, 2), qingcheng, null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
        fixture.given(REGISTERED, MARCH)
                .when(new CorrectRetrofitInvestment(ID, ReportingPeriod.of(2015, 3), BigDecimal.ONE, "not ours", qingcheng, null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new CompleteRetrofitProject(ID, LocalDate.of(2015, 9, 30), qingcheng, null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
    }

    @Test
    void aParkCommitteeReportsOnlyForProjectsInItsParkAndABureauCitywide() {
        fixture.given(REGISTERED)
                .when(new ReportRetrofitInvestment(ID, ReportingPeriod.of(2015, 3), BigDecimal.ONE, LocalDate.of(2015, 4, 1),
                        ReportingUnit.parse("park:huaqiao"), null))
                .expectSuccessfulHandlerExecution();
        fixture.given(REGISTERED)
                .when(new ReportRetrofitInvestment(ID, ReportingPeriod.of(2015, 3), BigDecimal.ONE, LocalDate.of(2015, 4, 1),
                        ReportingUnit.parse("park:yinghong"), null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new CompleteRetrofitProject(ID, LocalDate.of(2015, 9, 30), ReportingUnit.parse("bureau:economy-it"), null))
                .expectSuccessfulHandlerExecution();
    }
}
