package cn.gov.qingyuan.plan.projects.command;

import cn.gov.qingyuan.plan.contracts.OutsideReportingUnit;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectMilestoneReached;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.CorrectInvestmentReport;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.RecordMilestone;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.RegisterProject;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.ReportInvestment;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage.COMPLETED;
import static cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage.CONSTRUCTION_STARTED;
import static cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage.SIGNED;

class IndustrialProjectTest {

    private static final String ID = "p-1";
    private static final ReportingUnit YINGDE = ReportingUnit.parse("county:yingde");
    private static final ProjectRegistered REGISTERED = new ProjectRegistered(ID, "Qingyuan Ceramics Co.", County.YINGDE,
            "huaqiao", "building materials", new BigDecimal("50000"), true, false);
    private static final ProjectInvestmentReported MARCH = new ProjectInvestmentReported(ID, County.YINGDE, ReportingPeriod.of(2015, 3),
            new BigDecimal("1200.50"), LocalDate.of(2015, 4, 2), false);

    private AggregateTestFixture<IndustrialProject> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(IndustrialProject.class);
    }

    @Test
    void registeringAProjectRecordsItWithItsCountyAndFlags() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProject(ID, "Qingyuan Ceramics Co.", County.YINGDE, "huaqiao", "building materials",
                        new BigDecimal("50000"), true, false, YINGDE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(REGISTERED);
    }

    @Test
    void aMilestoneMovesTheProjectForwardAndMaySkipStages() {
        fixture.given(REGISTERED)
                .when(new RecordMilestone(ID, CONSTRUCTION_STARTED, LocalDate.of(2015, 4, 1), YINGDE, null))
                .expectEvents(new ProjectMilestoneReached(ID, County.YINGDE, CONSTRUCTION_STARTED, LocalDate.of(2015, 4, 1)));
    }

    @Test
    void aStageAlreadyReachedOrPassedIsRefused() {
        fixture.given(REGISTERED, new ProjectMilestoneReached(ID, County.YINGDE, CONSTRUCTION_STARTED, LocalDate.of(2015, 4, 1)))
                .when(new RecordMilestone(ID, SIGNED, LocalDate.of(2015, 5, 1), YINGDE, null))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the project is already CONSTRUCTION_STARTED; stages only move forward")
                .expectNoEvents();
    }

    @Test
    void aLaterStageCannotPredateTheLastMilestone() {
        fixture.given(REGISTERED, new ProjectMilestoneReached(ID, County.YINGDE, SIGNED, LocalDate.of(2015, 4, 1)))
                .when(new RecordMilestone(ID, COMPLETED, LocalDate.of(2015, 3, 31), YINGDE, null))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void monthlyInvestmentIsReportedWithTheProjectsCounty() {
        fixture.given(REGISTERED)
                .when(new ReportInvestment(ID, ReportingPeriod.of(2015, 3), new BigDecimal("1200.50"), LocalDate.of(2015, 4, 2), YINGDE, null))
                .expectEvents(MARCH);
    }

    /** A report on the eighth day after its month is on time; after it, it is accepted and marked late. */
    @ParameterizedTest(name = "reported on {0}: late {1}")
    @CsvSource({"2015-03-08, false", "2015-03-09, true"})
    void aReportIsLateOnlyAfterTheEighthDayAfterItsMonth(LocalDate reportedOn, boolean late) {
        fixture.given(REGISTERED)
                .when(new ReportInvestment(ID, ReportingPeriod.of(2015, 2), BigDecimal.ONE, reportedOn, YINGDE, null))
                .expectEvents(new ProjectInvestmentReported(ID, County.YINGDE, ReportingPeriod.of(2015, 2), BigDecimal.ONE, reportedOn, late));
    }

    @Test
    void aMonthIsReportedOnlyOnce() {
        fixture.given(REGISTERED, MARCH)
                .when(new ReportInvestment(ID, ReportingPeriod.of(2015, 3), new BigDecimal("99"), LocalDate.of(2015, 4, 3), YINGDE, null))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void anotherMonthIsAcceptedAfterTheFirst() {
        fixture.given(REGISTERED, MARCH)
                .when(new ReportInvestment(ID, ReportingPeriod.of(2015, 4), new BigDecimal("0"), LocalDate.of(2015, 5, 4), YINGDE, null))
                .expectEvents(new ProjectInvestmentReported(ID, County.YINGDE, ReportingPeriod.of(2015, 4), new BigDecimal("0"),
                        LocalDate.of(2015, 5, 4), false));
    }

    @Test
    void aCorrectionReplacesTheFigureAndNamesTheEventItCorrects() {
        fixture.given(REGISTERED, MARCH)
                .when(new CorrectInvestmentReport(ID, ReportingPeriod.of(2015, 3), new BigDecimal("1250"), "invoice total was mistyped", YINGDE, null))
                .expectEvents(new ProjectInvestmentCorrected(ID, County.YINGDE, ReportingPeriod.of(2015, 3), new BigDecimal("1250"),
                        new BigDecimal("1200.50"), 1, "invoice total was mistyped"));
    }

    @Test
    void aSecondCorrectionCorrectsTheFirst() {
        fixture.given(REGISTERED, MARCH, new ProjectInvestmentCorrected(ID, County.YINGDE, ReportingPeriod.of(2015, 3),
                        new BigDecimal("1250"), new BigDecimal("1200.50"), 1, "mistyped"))
                .when(new CorrectInvestmentReport(ID, ReportingPeriod.of(2015, 3), new BigDecimal("1240"), "audit adjustment", YINGDE, null))
                .expectEvents(new ProjectInvestmentCorrected(ID, County.YINGDE, ReportingPeriod.of(2015, 3), new BigDecimal("1240"),
                        new BigDecimal("1250"), 2, "audit adjustment"));
    }

    @Test
    void aMonthNeverReportedCannotBeCorrected() {
        fixture.given(REGISTERED)
                .when(new CorrectInvestmentReport(ID, ReportingPeriod.of(2015, 3), BigDecimal.ONE, "no such report", YINGDE, null))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void aCorrectionToTheSameFigureIsRefused() {
        fixture.given(REGISTERED, MARCH)
                .when(new CorrectInvestmentReport(ID, ReportingPeriod.of(2015, 3), new BigDecimal("1200.5"), "no change", YINGDE, null))
                .expectException(RuleViolated.class)
                .expectNoEvents();
    }

    @Test
    void aChangeAnswersTheProjectsNewVersion() {
        fixture.given(REGISTERED, MARCH)
                .when(new RecordMilestone(ID, SIGNED, LocalDate.of(2015, 5, 1), YINGDE, 1L))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2L);
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        fixture.given(REGISTERED, MARCH)
                .when(new RecordMilestone(ID, SIGNED, LocalDate.of(2015, 5, 1), YINGDE, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aReportingUnitMayNotRegisterAProjectOutsideItsCounty() {
        fixture.givenNoPriorActivity()
                .when(new RegisterProject(ID, "E", County.YINGDE, null, "x", BigDecimal.TEN, false, false, ReportingUnit.parse("county:qingcheng")))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
    }

    @Test
    void aParkCommitteeReportsOnlyForProjectsInItsPark() {
        fixture.given(REGISTERED)
                .when(new ReportInvestment(ID, ReportingPeriod.of(2015, 3), BigDecimal.ONE, LocalDate.of(2015, 4, 1),
                        ReportingUnit.parse("park:huaqiao"), null))
                .expectSuccessfulHandlerExecution();
        fixture.given(REGISTERED)
                .when(new ReportInvestment(ID, ReportingPeriod.of(2015, 3), BigDecimal.ONE, LocalDate.of(2015, 4, 1),
                        ReportingUnit.parse("park:yinghong"), null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
    }
}
