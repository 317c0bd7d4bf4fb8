package cn.gov.qingyuan.plan.parks.command;

import cn.gov.qingyuan.plan.commands.RecordFold;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.parks.ParkFigures;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresRevised;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.ParkFiguresSubmitted;

import java.time.LocalDate;

/**
 * A park's month as its events make it: the one state rule that {@link ParkMonth} applies when it is loaded and that
 * the month's state read answers with.
 *
 * @param version   the sequence number of its latest event (the ETag); every event sets the figures, so it is also the
 *                  sequence number of the figures in force, which a revision names as the set it corrects
 * @param figures   the figures in force
 * @param revisions how many times the figures were revised since they were submitted
 */
public record ParkMonthRecord(String parkMonthId, long version, String parkId, County county, ReportingPeriod period,
                              ParkFigures figures, LocalDate reportedOn, boolean late, int revisions) {

    public static final RecordFold<ParkMonthEvent, ParkMonthRecord> FOLD = ParkMonthRecord::next;

    private static ParkMonthRecord next(ParkMonthRecord month, ParkMonthEvent event, long sequence) {
        if (event instanceof ParkFiguresSubmitted submitted) {
            return new ParkMonthRecord(submitted.parkMonthId(), sequence, submitted.parkId(), submitted.county(), submitted.period(),
                    submitted.figures(), submitted.reportedOn(), submitted.late(), 0);
        }
        ParkFiguresRevised revised = (ParkFiguresRevised) event;
        return new ParkMonthRecord(month.parkMonthId, sequence, month.parkId, month.county, month.period, revised.figures(),
                month.reportedOn, month.late, month.revisions + 1);
    }

    public boolean coveredBy(ReportingUnit unit) {
        return unit.covers(county, parkId);
    }
}
