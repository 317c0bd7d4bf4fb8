package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.OutsideReportingUnit;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.InvalidFigures;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeCompleted;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.MotorUpgradeRegistered;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.CompleteMotorUpgrade;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.RegisterMotorUpgrade;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

class MotorUpgradeTest {

    private static final String ID = "m-1";
    private static final EnterpriseCode CODE = new EnterpriseCode("91441802MA4W123456");
    private static final ReportingUnit QINGCHENG = ReportingUnit.parse("county:qingcheng");
    private static final MotorUpgradeRegistered REGISTERED = new MotorUpgradeRegistered(ID, CODE, "Qingcheng Pumps Co.", County.QINGCHENG);

    private AggregateTestFixture<MotorUpgrade> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MotorUpgrade.class);
    }

    @Test
    void registeringAnUpgradeRecordsTheEnterpriseAndCounty() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMotorUpgrade(ID, CODE, "Qingcheng Pumps Co.", County.QINGCHENG, QINGCHENG))
                .expectEvents(REGISTERED);
    }

    @Test
    void completionRecordsTheDayAndTheCapacityUpgraded() {
        fixture.given(REGISTERED)
                .when(new CompleteMotorUpgrade(ID, LocalDate.of(2015, 8, 31), new BigDecimal("2500.5"), QINGCHENG, 0L))
                .expectEvents(new MotorUpgradeCompleted(ID, County.QINGCHENG, CODE, LocalDate.of(2015, 8, 31), new BigDecimal("2500.5")))
                .expectResultMessagePayload(1L);
    }

    @Test
    void anUpgradeCompletesOnlyOnce() {
        fixture.given(REGISTERED, new MotorUpgradeCompleted(ID, County.QINGCHENG, CODE, LocalDate.of(2015, 8, 31), BigDecimal.TEN))
                .when(new CompleteMotorUpgrade(ID, LocalDate.of(2015, 9, 1), BigDecimal.ONE, QINGCHENG, null))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the upgrade was already completed on 2015-08-31; an upgrade completes once")
                .expectNoEvents();
    }

    @Test
    void aCompletionWithoutCapacityIsRefused() {
        fixture.given(REGISTERED)
                .when(new CompleteMotorUpgrade(ID, LocalDate.of(2015, 8, 31), BigDecimal.ZERO, QINGCHENG, null))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage("capacityKw: the upgraded capacity must be more than 0 kW")
                .expectNoEvents();
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefused() {
        fixture.given(REGISTERED)
                .when(new CompleteMotorUpgrade(ID, LocalDate.of(2015, 8, 31), BigDecimal.TEN, QINGCHENG, 5L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheCountyOrACityBureauReports() {
        fixture.givenNoPriorActivity()
                .when(new RegisterMotorUpgrade(ID, CODE, "Qingcheng Pumps Co.", County.QINGCHENG, ReportingUnit.parse("county:yingde")))
                .expectException(OutsideReportingUnit.class)
                .expectExceptionMessage("county:yingde does not report for county qingcheng")
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new CompleteMotorUpgrade(ID, LocalDate.of(2015, 8, 31), BigDecimal.TEN, ReportingUnit.parse("county:yingde"), null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new CompleteMotorUpgrade(ID, LocalDate.of(2015, 8, 31), BigDecimal.TEN, ReportingUnit.parse("bureau:economy-it"), null))
                .expectSuccessfulHandlerExecution();
    }
}
