package cn.gov.qingyuan.plan.contracts.statistics;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.SchemaVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * Events of a county's periodic statistical return (the plan's headline targets, action 1 and the
 * IT-industrialisation counts of action 5), submitted by the county government or a city bureau (statistics,
 * science). One return per county and month; its id is {@code <county>/<YYYY-MM>}, e.g. {@code yingde/2015-06},
 * and is the Kafka key. Every event names the county and the period, so a consumer can roll it up on its own.
 */
public sealed interface StatisticalReturnEvent {

    String returnId();

    County county();

    ReportingPeriod period();

    List<Class<? extends StatisticalReturnEvent>> ALL = List.of(StatisticalReturnSubmitted.class, StatisticalReturnRevised.class);

    /** The id of the return of {@code county} as of {@code period}: {@code yingde/2015-06}. */
    static String returnId(County county, ReportingPeriod period) {
        return county.code() + "/" + period;
    }

    /**
     * A county's return as of a month was submitted. Once per county and month; a return after the period's due
     * date ({@link ReportingPeriod#dueDate()}) is accepted and marked late.
     *
     * @param reportedOn the day the return was accepted, in Qingyuan
     * @param late       whether {@code reportedOn} is after the period's due date
     */
    @SchemaVersion(1)
    record StatisticalReturnSubmitted(String returnId, County county, ReportingPeriod period, StatisticalFigures figures,
                                      LocalDate reportedOn, boolean late) implements StatisticalReturnEvent {
    }

    /**
     * A return's figures were revised. The event carries the whole new set (a figure left out is no longer
     * reported), the set it replaces and why; the original and every earlier revision stay in the history.
     *
     * @param previousFigures  the figures this revision replaces
     * @param correctsSequence the aggregate sequence number of the submission or revision it replaces
     * @param reason           why, in the reporting unit's words
     */
    @SchemaVersion(1)
    record StatisticalReturnRevised(String returnId, County county, ReportingPeriod period, StatisticalFigures figures,
                                    StatisticalFigures previousFigures, long correctsSequence, String reason)
            implements StatisticalReturnEvent {
    }
}
