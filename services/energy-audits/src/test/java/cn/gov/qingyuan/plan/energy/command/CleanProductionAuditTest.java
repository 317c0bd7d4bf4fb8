package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.OutsideReportingUnit;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.energy.AuditIndustry;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditAccepted;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditPlanned;
import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.CleanProductionAuditStarted;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.AcceptCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.PlanCleanProductionAudit;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.StartCleanProductionAudit;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class CleanProductionAuditTest {

    private static final String ID = "a-1";
    /** A sample code of a Yingde enterprise; not a real enterprise. */
    private static final EnterpriseCode CODE = new EnterpriseCode("91441881MA4UK7P2XL");
    private static final ReportingUnit YINGDE = ReportingUnit.parse("county:yingde");
    private static final CleanProductionAuditPlanned PLANNED = new CleanProductionAuditPlanned(ID, CODE, "Yingde Cement Co.",
            County.YINGDE, AuditIndustry.BUILDING_MATERIALS);
    private static final CleanProductionAuditStarted STARTED = new CleanProductionAuditStarted(ID, County.YINGDE, CODE,
            LocalDate.of(2015, 3, 2));

    private AggregateTestFixture<CleanProductionAudit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CleanProductionAudit.class);
    }

    /** The audit, having recorded {@code given}, refuses {@code command} by one of its rules and records nothing. */
    private void refused(Object command, String rule, Object... given) {
        fixture.given(given).when(command).expectException(RuleViolated.class).expectExceptionMessage(rule).expectNoEvents();
    }

    @Test
    void planningAnAuditRecordsTheEnterpriseItsCountyAndIndustry() {
        fixture.givenNoPriorActivity()
                .when(new PlanCleanProductionAudit(ID, CODE, "Yingde Cement Co.", County.YINGDE, AuditIndustry.BUILDING_MATERIALS, YINGDE))
                .expectSuccessfulHandlerExecution()
                .expectEvents(PLANNED);
    }

    @Test
    void aPlannedAuditStarts() {
        fixture.given(PLANNED)
                .when(new StartCleanProductionAudit(ID, LocalDate.of(2015, 3, 2), YINGDE, null))
                .expectEvents(STARTED)
                .expectResultMessagePayload(1L);
    }

    @Test
    void anAuditStartsOnlyOnce() {
        refused(new StartCleanProductionAudit(ID, LocalDate.of(2015, 4, 1), YINGDE, null),
                "the audit already started on 2015-03-02; an audit starts once",
                PLANNED, STARTED);
    }

    @Test
    void acceptanceRepeatsTheIndustryForCounting() {
        fixture.given(PLANNED, STARTED)
                .when(new AcceptCleanProductionAudit(ID, LocalDate.of(2015, 11, 20), YINGDE, null))
                .expectEvents(new CleanProductionAuditAccepted(ID, County.YINGDE, CODE, AuditIndustry.BUILDING_MATERIALS,
                        LocalDate.of(2015, 11, 20)))
                .expectResultMessagePayload(2L);
    }

    @Test
    void acceptanceOnTheDayOfTheStartIsAllowed() {
        fixture.given(PLANNED, STARTED)
                .when(new AcceptCleanProductionAudit(ID, LocalDate.of(2015, 3, 2), YINGDE, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anAuditNotStartedCannotPassAcceptance() {
        refused(new AcceptCleanProductionAudit(ID, LocalDate.of(2015, 11, 20), YINGDE, null),
                "the audit has not started; record its start first",
                PLANNED);
    }

    @Test
    void acceptanceIsNotDatedBeforeTheStart() {
        refused(new AcceptCleanProductionAudit(ID, LocalDate.of(2015, 3, 1), YINGDE, null),
                "acceptance on 2015-03-01 would be before the audit started on 2015-03-02",
                PLANNED, STARTED);
    }

    @Test
    void anAuditPassesAcceptanceOnlyOnce() {
        refused(new AcceptCleanProductionAudit(ID, LocalDate.of(2016, 1, 5), YINGDE, null),
                "the audit already passed acceptance on 2015-11-20; an audit passes acceptance once",
                PLANNED, STARTED, new CleanProductionAuditAccepted(ID, County.YINGDE, CODE, AuditIndustry.BUILDING_MATERIALS,
                        LocalDate.of(2015, 11, 20)));
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        fixture.given(PLANNED, STARTED)
                .when(new AcceptCleanProductionAudit(ID, LocalDate.of(2015, 11, 20), YINGDE, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void aCountyMayNotPlanOrChangeAnotherCountysAudit() {
        ReportingUnit qingcheng = ReportingUnit.parse("county:qingcheng");
        fixture.givenNoPriorActivity()
                .when(new PlanCleanProductionAudit(ID, CODE, "Yingde Cement Co.", County.YINGDE, AuditIndustry.STEEL, qingcheng))
                .expectException(OutsideReportingUnit.class)
                .expectExceptionMessage("county:qingcheng does not report for county yingde")
                .expectNoEvents();
        fixture.given(PLANNED)
                .when(new StartCleanProductionAudit(ID, LocalDate.of(2015, 3, 2), qingcheng, null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
        fixture.given(PLANNED, STARTED)
                .when(new AcceptCleanProductionAudit(ID, LocalDate.of(2015, 11, 20), qingcheng, null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
    }

    @Test
    void aCityBureauReportsCitywideButAParkCommitteeNot() {
        fixture.given(PLANNED)
                .when(new StartCleanProductionAudit(ID, LocalDate.of(2015, 3, 2), ReportingUnit.parse("bureau:environment"), null))
                .expectSuccessfulHandlerExecution();
        fixture.given(PLANNED)
                .when(new StartCleanProductionAudit(ID, LocalDate.of(2015, 3, 2), ReportingUnit.parse("park:huaqiao"), null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
    }
}
