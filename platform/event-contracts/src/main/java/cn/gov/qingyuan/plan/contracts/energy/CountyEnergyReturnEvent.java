package cn.gov.qingyuan.plan.contracts.energy;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.SchemaVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * Events of a county's energy and emissions return (plan action 6), submitted by the county government or a city
 * bureau. One return per county and month; its id is {@code <county>/<YYYY-MM>}, e.g. {@code yingde/2015-06}, and
 * is the Kafka key. Every event names the county and the period.
 */
public sealed interface CountyEnergyReturnEvent {

    String returnId();

    County county();

    ReportingPeriod period();

    List<Class<? extends CountyEnergyReturnEvent>> ALL = List.of(CountyEnergyReturnSubmitted.class, CountyEnergyReturnRevised.class);

    /** The id of the energy return of {@code county} as of {@code period}: {@code yingde/2015-06}. */
    static String returnId(County county, ReportingPeriod period) {
        return county.code() + "/" + period;
    }

    /**
     * A county's energy return as of a month was submitted; once per county and month. A return after the period's
     * due date ({@link ReportingPeriod#dueDate()}) is accepted and marked late.
     */
    @SchemaVersion(1)
    record CountyEnergyReturnSubmitted(String returnId, County county, ReportingPeriod period, EnergyReturnFigures figures,
                                       LocalDate reportedOn, boolean late) implements CountyEnergyReturnEvent {
    }

    /**
     * A return's figures were revised: the whole new set, the set it replaces, the sequence number of the event that
     * set it, and why. The original and every earlier revision stay in the history.
     */
    @SchemaVersion(1)
    record CountyEnergyReturnRevised(String returnId, County county, ReportingPeriod period, EnergyReturnFigures figures,
                                     EnergyReturnFigures previousFigures, long correctsSequence, String reason)
            implements CountyEnergyReturnEvent {
    }
}
