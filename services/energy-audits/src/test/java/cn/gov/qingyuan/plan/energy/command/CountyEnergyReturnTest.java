package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.contracts.OutsideReportingUnit;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.InvalidFigures;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnRevised;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.energy.EnergyReturnFigures;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.ReviseEnergyReturn;
import cn.gov.qingyuan.plan.energy.command.EnergyCommands.SubmitEnergyReturn;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

class CountyEnergyReturnTest {

    private static final ReportingPeriod MAY = ReportingPeriod.of(2015, 5);
    private static final ReportingUnit YINGDE = ReportingUnit.parse("county:yingde");
    private static final EnergyReturnFigures FIGURES = figures("812000.5", "5400", "3100", null);
    private static final CountyEnergyReturnSubmitted SUBMITTED = new CountyEnergyReturnSubmitted("yingde/2015-05", County.YINGDE, MAY,
            FIGURES, LocalDate.of(2015, 6, 8), false);

    private AggregateTestFixture<CountyEnergyReturn> fixture;

    private static EnergyReturnFigures figures(String energy, String so2, String so2Limit, String cod) {
        return new EnergyReturnFigures(energy == null ? null : new BigDecimal(energy), so2 == null ? null : new BigDecimal(so2),
                cod == null ? null : new BigDecimal(cod), null, null, so2Limit == null ? null : new BigDecimal(so2Limit), null, null, null);
    }

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CountyEnergyReturn.class);
    }

    @Test
    void aReturnOnTheEighthDayAfterTheMonthIsOnTime() {
        fixture.givenNoPriorActivity()
                .when(new SubmitEnergyReturn(County.YINGDE, MAY, FIGURES, LocalDate.of(2015, 6, 8), YINGDE))
                .expectEvents(SUBMITTED)
                .expectResultMessagePayload(0L);
    }

    @Test
    void aReturnOnTheNinthDayIsAcceptedAndMarkedLate() {
        fixture.givenNoPriorActivity()
                .when(new SubmitEnergyReturn(County.YINGDE, MAY, FIGURES, LocalDate.of(2015, 6, 9), YINGDE))
                .expectEvents(new CountyEnergyReturnSubmitted("yingde/2015-05", County.YINGDE, MAY, FIGURES, LocalDate.of(2015, 6, 9), true));
    }

    @Test
    void emissionsAboveTheLimitAreRecordedAsTheyAre() {
        EnergyReturnFigures over = figures(null, "3500", "3100", null);
        fixture.givenNoPriorActivity()
                .when(new SubmitEnergyReturn(County.YINGDE, MAY, over, LocalDate.of(2015, 6, 1), YINGDE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aReturnIsSubmittedOnlyOnce() {
        fixture.given(SUBMITTED)
                .when(new SubmitEnergyReturn(County.YINGDE, MAY, figures("1", null, null, null), LocalDate.of(2015, 6, 10), YINGDE))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the energy return of yingde for 2015-05 was already submitted; a changed figure needs a reason: "
                        + "send a revision")
                .expectNoEvents();
    }

    @Test
    void aReturnWithoutFiguresIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SubmitEnergyReturn(County.YINGDE, MAY, figures(null, null, null, null), LocalDate.of(2015, 6, 1), YINGDE))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage("an energy return reports at least one figure")
                .expectNoEvents();
    }

    @Test
    void aNegativeFigureIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new SubmitEnergyReturn(County.YINGDE, MAY, figures(null, "-1", null, null), LocalDate.of(2015, 6, 1), YINGDE))
                .expectException(InvalidFigures.class)
                .expectExceptionMessage("so2Tonnes: must not be negative")
                .expectNoEvents();
    }

    @Test
    void aRevisionCarriesTheWholeNewSetTheOneItReplacesAndWhy() {
        EnergyReturnFigures revised = figures("812000.5", "5300", "3100", "900");
        fixture.given(SUBMITTED)
                .when(new ReviseEnergyReturn(County.YINGDE, MAY, revised, "boiler plant double counted", YINGDE, 0L))
                .expectEvents(new CountyEnergyReturnRevised("yingde/2015-05", County.YINGDE, MAY, revised, FIGURES, 0,
                        "boiler plant double counted"))
                .expectResultMessagePayload(1L);
    }

    @Test
    void aSecondRevisionReplacesTheFirst() {
        EnergyReturnFigures first = figures("812000.5", "5300", "3100", null);
        EnergyReturnFigures second = figures("812000.5", "5200", "3100", null);
        fixture.given(SUBMITTED, new CountyEnergyReturnRevised("yingde/2015-05", County.YINGDE, MAY, first, FIGURES, 0, "first fix"))
                .when(new ReviseEnergyReturn(County.YINGDE, MAY, second, "second fix", YINGDE, null))
                .expectEvents(new CountyEnergyReturnRevised("yingde/2015-05", County.YINGDE, MAY, second, first, 1, "second fix"));
    }

    @Test
    void aRevisionToTheSameFiguresIsRefusedWhateverTheirScale() {
        fixture.given(SUBMITTED)
                .when(new ReviseEnergyReturn(County.YINGDE, MAY, figures("812000.50", "5400.0", "3100", null), "no change", YINGDE, null))
                .expectException(RuleViolated.class)
                .expectExceptionMessage("the energy return of yingde for 2015-05 already reports exactly these figures; nothing to revise")
                .expectNoEvents();
    }

    @Test
    void aRevisionWithoutFiguresIsRefused() {
        fixture.given(SUBMITTED)
                .when(new ReviseEnergyReturn(County.YINGDE, MAY, figures(null, null, null, null), "withdraw everything", YINGDE, null))
                .expectException(InvalidFigures.class)
                .expectNoEvents();
    }

    @Test
    void aRevisionBasedOnAStaleVersionIsRefused() {
        fixture.given(SUBMITTED, new CountyEnergyReturnRevised("yingde/2015-05", County.YINGDE, MAY, figures("1", null, null, null),
                        FIGURES, 0, "first fix"))
                .when(new ReviseEnergyReturn(County.YINGDE, MAY, FIGURES, "back again", YINGDE, 0L))
                .expectException(ConflictingAggregateVersionException.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheCountyOrACityBureauSubmitsOrRevises() {
        fixture.givenNoPriorActivity()
                .when(new SubmitEnergyReturn(County.YINGDE, MAY, FIGURES, LocalDate.of(2015, 6, 1), ReportingUnit.parse("county:qingcheng")))
                .expectException(OutsideReportingUnit.class)
                .expectExceptionMessage("county:qingcheng does not report for county yingde")
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new SubmitEnergyReturn(County.YINGDE, MAY, FIGURES, LocalDate.of(2015, 6, 1), ReportingUnit.parse("park:huaqiao")))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
        fixture.given(SUBMITTED)
                .when(new ReviseEnergyReturn(County.YINGDE, MAY, figures("2", null, null, null), "not ours to fix",
                        ReportingUnit.parse("county:qingcheng"), null))
                .expectException(OutsideReportingUnit.class)
                .expectNoEvents();
        fixture.given(SUBMITTED)
                .when(new ReviseEnergyReturn(County.YINGDE, MAY, figures("2", null, null, null), "environment bureau check",
                        ReportingUnit.parse("bureau:environment"), null))
                .expectSuccessfulHandlerExecution();
    }
}
