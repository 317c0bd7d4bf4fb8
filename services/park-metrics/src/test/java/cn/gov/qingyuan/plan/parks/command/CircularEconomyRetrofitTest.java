package cn.gov.qingyuan.plan.parks.command;

import cn.gov.qingyuan.plan.contracts.OutsideReportingUnit;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.CircularEconomyRetrofitCompleted;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.CircularEconomyRetrofitStarted;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.CompleteCircularEconomyRetrofit;
import cn.gov.qingyuan.plan.parks.command.ParkCommands.StartCircularEconomyRetrofit;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.hamcrest.Matchers.startsWith;

class CircularEconomyRetrofitTest {

    /** Yuantan zone, hosted by Qingcheng (shipped reference data). */
    private static final Park YUANTAN = Parks.shipped().find("yuantan").orElseThrow();
    private static final ReportingUnit COMMITTEE = ReportingUnit.parse("park:yuantan");
    private static final LocalDate STARTED_ON = LocalDate.of(2015, 3, 2);
    private static final CircularEconomyRetrofitStarted STARTED = new CircularEconomyRetrofitStarted("yuantan", County.QINGCHENG, STARTED_ON);

    private AggregateTestFixture<CircularEconomyRetrofit> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CircularEconomyRetrofit.class);
    }

    @Test
    void startingRecordsTheParkItsHostCountyAndTheDay_asVersion0() {
        fixture.givenNoPriorActivity()
                .when(new StartCircularEconomyRetrofit(YUANTAN, STARTED_ON, COMMITTEE))
                .expectEvents(STARTED)
                .expectResultMessagePayload(0L);
    }

    @Test
    void aParkStartsItsRetrofitOnce() {
        fixture.given(STARTED)
                .when(new StartCircularEconomyRetrofit(YUANTAN, LocalDate.of(2015, 4, 1), ReportingUnit.parse("bureau:development-reform")))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the circular-economy retrofit of park yuantan already started on 2015-03-02; a park starts it once")
                .expectNoEvents();
    }

    @Test
    void completingRecordsTheDayAndRepeatsTheStart() {
        fixture.given(STARTED)
                .when(new CompleteCircularEconomyRetrofit(YUANTAN, LocalDate.of(2015, 11, 30), ReportingUnit.parse("county:qingcheng"), 0L))
                .expectEvents(new CircularEconomyRetrofitCompleted("yuantan", County.QINGCHENG, STARTED_ON, LocalDate.of(2015, 11, 30)))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aRetrofitMayBeCompletedOnTheDayItStarted_butNotBefore() {
        fixture.given(STARTED)
                .when(new CompleteCircularEconomyRetrofit(YUANTAN, STARTED_ON, COMMITTEE, null))
                .expectSuccessfulHandlerExecution();
        fixture.given(STARTED)
                .when(new CompleteCircularEconomyRetrofit(YUANTAN, STARTED_ON.minusDays(1), COMMITTEE, null))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the circular-economy retrofit of park yuantan started on 2015-03-02; it cannot be completed before, on 2015-03-01")
                .expectNoEvents();
    }

    @Test
    void aParkCompletesItsRetrofitOnce() {
        fixture.given(STARTED, new CircularEconomyRetrofitCompleted("yuantan", County.QINGCHENG, STARTED_ON, LocalDate.of(2015, 11, 30)))
                .when(new CompleteCircularEconomyRetrofit(YUANTAN, LocalDate.of(2016, 1, 5), COMMITTEE, null))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the circular-economy retrofit of park yuantan was already completed on 2015-11-30; a park completes it once")
                .expectNoEvents();
    }

    @Test
    void aRetrofitNeverStartedCannotBeCompleted() {
        fixture.givenNoPriorActivity()
                .when(new CompleteCircularEconomyRetrofit(YUANTAN, LocalDate.of(2015, 11, 30), COMMITTEE, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void aCompletionBasedOnAStaleVersionIsRefused() {
        fixture.given(STARTED)
                .when(new CompleteCircularEconomyRetrofit(YUANTAN, LocalDate.of(2015, 11, 30), COMMITTEE, 5L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheParksCommitteeItsHostCountyOrACityBureauMayRecordIt() {
        fixture.givenNoPriorActivity()
                .when(new StartCircularEconomyRetrofit(YUANTAN, STARTED_ON, ReportingUnit.parse("park:huaqiao")))
                .expectException(OutsideReportingUnit.class)
                .expectExceptionMessage(startsWith("park:huaqiao does not report for park yuantan in qingcheng"))
                .expectNoEvents();
        fixture.given(STARTED)
                .when(new CompleteCircularEconomyRetrofit(YUANTAN, LocalDate.of(2015, 11, 30), ReportingUnit.parse("county:yingde"), null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new StartCircularEconomyRetrofit(YUANTAN, STARTED_ON, ReportingUnit.parse("bureau:environment")))
                .expectEvents(STARTED);
    }
}
