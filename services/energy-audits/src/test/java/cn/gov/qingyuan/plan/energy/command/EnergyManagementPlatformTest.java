package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.OutsideReportingUnit;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.energy.EnergyManagementPlatformEvent.EnergyManagementPlatformLaunched;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.LaunchEnergyManagementPlatform;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class EnergyManagementPlatformTest {

    private static final ReportingUnit ECONOMY_BUREAU = ReportingUnit.parse("bureau:economy-it");
    private static final EnergyManagementPlatformLaunched LAUNCHED = new EnergyManagementPlatformLaunched("qingyuan-city",
            "Qingyuan energy management centre", County.QINGCHENG, true, LocalDate.of(2015, 12, 1));

    private AggregateTestFixture<EnergyManagementPlatform> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EnergyManagementPlatform.class);
    }

    private static LaunchEnergyManagementPlatform launch(ReportingUnit unit) {
        return new LaunchEnergyManagementPlatform("qingyuan-city", "Qingyuan energy management centre", County.QINGCHENG, true,
                LocalDate.of(2015, 12, 1), unit);
    }

    @Test
    void theCityPlatformGoesLive() {
        fixture.givenNoPriorActivity().when(launch(ECONOMY_BUREAU)).expectEvents(LAUNCHED).expectResultMessagePayload(0L);
    }

    @Test
    void aPlatformGoesLiveOnce() {
        fixture.given(LAUNCHED).when(launch(ECONOMY_BUREAU))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("platform qingyuan-city went live on 2015-12-01; a platform goes live once")
                .expectNoEvents();
    }

    @Test
    void anotherCountyMayNotRecordIt() {
        fixture.givenNoPriorActivity().when(launch(ReportingUnit.parse("county:yingde")))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
    }
}
