package cn.gov.qingyuan.plan.parks.command;

import cn.gov.qingyuan.plan.commands.RecordFold;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.CircularEconomyRetrofitCompleted;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.CircularEconomyRetrofitStarted;

import java.time.LocalDate;

/**
 * A park's circular-economy retrofit as its events make it: the one state rule that {@link CircularEconomyRetrofit}
 * applies when it is loaded and that the retrofit's state read answers with.
 *
 * @param version     the sequence number of its latest event (the ETag)
 * @param completedOn null until it is completed
 */
public record RetrofitRecord(String parkId, long version, County county, LocalDate startedOn, LocalDate completedOn) {

    public static final RecordFold<CircularEconomyRetrofitEvent, RetrofitRecord> FOLD = RetrofitRecord::next;

    private static RetrofitRecord next(RetrofitRecord retrofit, CircularEconomyRetrofitEvent event, long sequence) {
        if (event instanceof CircularEconomyRetrofitStarted started) {
            return new RetrofitRecord(started.parkId(), sequence, started.county(), started.startedOn(), null);
        }
        CircularEconomyRetrofitCompleted completed = (CircularEconomyRetrofitCompleted) event;
        return new RetrofitRecord(retrofit.parkId, sequence, retrofit.county, retrofit.startedOn, completed.completedOn());
    }

    public boolean coveredBy(ReportingUnit unit) {
        return unit.covers(county, parkId);
    }
}
