package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.OutsideReportingUnit;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent.EnterpriseMonitoringConnected;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.ConnectEnterpriseMonitoring;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class MonitoringConnectionTest {

    private static final EnterpriseCode CODE = new EnterpriseCode("91441802MA4W654321");
    private static final ReportingUnit QINGCHENG = ReportingUnit.parse("county:qingcheng");
    private static final EnterpriseMonitoringConnected CONNECTED = new EnterpriseMonitoringConnected(CODE, "Yuantan Ceramics Co.",
            County.QINGCHENG, LocalDate.of(2016, 5, 10));

    private AggregateTestFixture<MonitoringConnection> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MonitoringConnection.class);
    }

    private static ConnectEnterpriseMonitoring connect(LocalDate on, ReportingUnit unit) {
        return new ConnectEnterpriseMonitoring(CODE, "Yuantan Ceramics Co.", County.QINGCHENG, on, unit);
    }

    @Test
    void anEnterpriseIsConnectedUnderItsCode() {
        fixture.givenNoPriorActivity()
                .when(connect(LocalDate.of(2016, 5, 10), QINGCHENG))
                .expectEvents(CONNECTED)
                .expectResultMessagePayload(0L);
    }

    @Test
    void anEnterpriseIsConnectedOnlyOnce() {
        fixture.given(CONNECTED)
                .when(connect(LocalDate.of(2017, 1, 3), QINGCHENG))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("enterprise 91441802MA4W654321 was already connected on 2016-05-10; an enterprise is connected once")
                .expectNoEvents();
    }

    @Test
    void onlyTheCountyOrACityBureauConnects() {
        fixture.givenNoPriorActivity()
                .when(connect(LocalDate.of(2016, 5, 10), ReportingUnit.parse("county:yingde")))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(connect(LocalDate.of(2016, 5, 10), ReportingUnit.parse("bureau:economy-it")))
                .expectSuccessfulHandlerExecution();
    }
}
