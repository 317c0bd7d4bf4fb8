package cn.gov.qingyuan.plan.retrofit.command;

import cn.gov.qingyuan.plan.commands.RecordFold;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentReported;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectCompleted;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectRegistered;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A retrofit project as its events make it: the one state rule that {@link RetrofitProject} applies when it is
 * loaded and that the project's state read answers with.
 *
 * @param version     the sequence number of its latest event (the ETag)
 * @param completedOn null until the project completes
 * @param investment  the figure in force for each reported month
 */
public record RetrofitProjectRecord(String projectId, long version, EnterpriseCode enterpriseCode, String enterpriseName, County county,
                                    String parkId, boolean aboveScale, boolean revenueAtLeast50Million, Set<RetrofitType> retrofitTypes,
                                    BigDecimal plannedInvestmentWanYuan, boolean listedInCityLibrary, LocalDate completedOn,
                                    Map<ReportingPeriod, MonthFigure> investment) {

    /**
     * @param corrections how many corrections it has had
     * @param sequence    the sequence number of the report or correction that set it, which a correction names
     */
    public record MonthFigure(BigDecimal amountWanYuan, boolean late, int corrections, long sequence) {
    }

    public static final RecordFold<RetrofitProjectEvent, RetrofitProjectRecord> FOLD = RetrofitProjectRecord::next;

    private static RetrofitProjectRecord next(RetrofitProjectRecord project, RetrofitProjectEvent event, long sequence) {
        if (event instanceof RetrofitProjectRegistered registered) {
            return new RetrofitProjectRecord(registered.projectId(), sequence, registered.enterpriseCode(), registered.enterpriseName(),
                    registered.county(), registered.parkId(), registered.aboveScale(), registered.revenueAtLeast50Million(),
                    registered.retrofitTypes(), registered.plannedInvestmentWanYuan(), registered.listedInCityLibrary(), null, Map.of());
        }
        if (event instanceof RetrofitInvestmentReported report) {
            return project.withMonth(report.period(), new MonthFigure(report.amountWanYuan(), report.late(), 0, sequence), sequence);
        }
        if (event instanceof RetrofitInvestmentCorrected correction) {
            MonthFigure before = project.investment().get(correction.period());
            return project.withMonth(correction.period(),
                    new MonthFigure(correction.amountWanYuan(), before.late(), before.corrections() + 1, sequence), sequence);
        }
        return project.completed(((RetrofitProjectCompleted) event).completedOn(), sequence);
    }

    public boolean coveredBy(ReportingUnit unit) {
        return unit.covers(county, parkId);
    }

    private RetrofitProjectRecord completed(LocalDate on, long sequence) {
        return new RetrofitProjectRecord(projectId, sequence, enterpriseCode, enterpriseName, county, parkId, aboveScale,
                revenueAtLeast50Million, retrofitTypes, plannedInvestmentWanYuan, listedInCityLibrary, on, investment);
    }

    private RetrofitProjectRecord withMonth(ReportingPeriod period, MonthFigure figure, long sequence) {
        Map<ReportingPeriod, MonthFigure> months = new TreeMap<>(investment);
        months.put(period, figure);
        return new RetrofitProjectRecord(projectId, sequence, enterpriseCode, enterpriseName, county, parkId, aboveScale,
                revenueAtLeast50Million, retrofitTypes, plannedInvestmentWanYuan, listedInCityLibrary, completedOn,
                Collections.unmodifiableMap(months));
    }
}
