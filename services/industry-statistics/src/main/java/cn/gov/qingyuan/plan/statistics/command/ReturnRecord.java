package cn.gov.qingyuan.plan.statistics.command;

import cn.gov.qingyuan.plan.commands.RecordFold;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnRevised;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnSubmitted;

import java.time.LocalDate;

/**
 * A return as its events make it: the one state rule that {@link StatisticalReturn} applies when it is loaded and
 * that the return's state read answers with.
 *
 * @param version   the sequence number of its latest event (the ETag); every event sets the figures, so it is also
 *                  the sequence number of the event that set the figures in force, which a revision names
 * @param figures   the figures in force: the submitted ones or the latest revision's
 * @param revisions how many times the figures were revised since the return was submitted
 */
public record ReturnRecord(String returnId, long version, County county, ReportingPeriod period, StatisticalFigures figures,
                           LocalDate reportedOn, boolean late, int revisions) {

    public static final RecordFold<StatisticalReturnEvent, ReturnRecord> FOLD = ReturnRecord::next;

    private static ReturnRecord next(ReturnRecord record, StatisticalReturnEvent event, long sequence) {
        if (event instanceof StatisticalReturnSubmitted submitted) {
            return new ReturnRecord(submitted.returnId(), sequence, submitted.county(), submitted.period(), submitted.figures(),
                    submitted.reportedOn(), submitted.late(), 0);
        }
        StatisticalReturnRevised revised = (StatisticalReturnRevised) event;
        return new ReturnRecord(record.returnId, sequence, record.county, record.period, revised.figures(), record.reportedOn,
                record.late, record.revisions + 1);
    }

    /** A return is about a whole county: its government or a city bureau reports it, a park committee never. */
    public boolean coveredBy(ReportingUnit unit) {
        return unit.covers(county, null);
    }
}
