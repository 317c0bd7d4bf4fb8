package cn.gov.qingyuan.plan.contracts.parks;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.SchemaVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * Events of a park's monthly figures (plan action 3), submitted by the park committee, the host county's government
 * or a city bureau. One set per park and month; its id is {@code <parkId>/<YYYY-MM>}, e.g. {@code huaqiao/2015-06},
 * and is the Kafka key. Every event names the park, its host county and the period, so a consumer can roll it up
 * per park, county or city on its own.
 */
public sealed interface ParkMonthEvent {

    String parkMonthId();

    String parkId();

    County county();

    ReportingPeriod period();

    List<Class<? extends ParkMonthEvent>> ALL = List.of(ParkFiguresSubmitted.class, ParkFiguresRevised.class);

    /** The id of park {@code parkId}'s figures for {@code period}: {@code huaqiao/2015-06}. */
    static String parkMonthId(String parkId, ReportingPeriod period) {
        return parkId + "/" + period;
    }

    /**
     * A park's figures for a month were submitted. Once per park and month; figures after the period's due date
     * ({@link ReportingPeriod#dueDate()}) are accepted and marked late.
     *
     * @param county     the park's host county
     * @param reportedOn the day the figures were accepted, in Qingyuan
     * @param late       whether {@code reportedOn} is after the period's due date
     */
    @SchemaVersion(1)
    record ParkFiguresSubmitted(String parkMonthId, String parkId, County county, ReportingPeriod period, ParkFigures figures,
                                LocalDate reportedOn, boolean late) implements ParkMonthEvent {
    }

    /**
     * A park's figures for a month were revised. The event carries the whole new set (a figure left out is no
     * longer reported), the set it replaces and why; the original and every earlier revision stay in the history.
     *
     * @param previousFigures  the figures this revision replaces
     * @param correctsSequence the aggregate sequence number of the submission or revision it replaces
     * @param reason           why, in the reporting unit's words
     */
    @SchemaVersion(1)
    record ParkFiguresRevised(String parkMonthId, String parkId, County county, ReportingPeriod period, ParkFigures figures,
                              ParkFigures previousFigures, long correctsSequence, String reason) implements ParkMonthEvent {
    }
}
