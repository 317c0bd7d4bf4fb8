package cn.gov.qingyuan.plan.energy.command;

import cn.gov.qingyuan.plan.commands.RecordFold;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnRevised;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.energy.EnergyReturnFigures;

import java.time.LocalDate;

/**
 * A county's energy return as its events make it, for {@link CountyEnergyReturn} and the return's state read alike.
 *
 * @param figures         the figures in force: the latest revision's, or those submitted
 * @param revisions       how many times the figures were revised since the return was submitted
 * @param figuresSequence the sequence number of the event that set the figures in force, which a revision names
 */
public record EnergyReturnRecord(String returnId, long version, County county, ReportingPeriod period, EnergyReturnFigures figures,
                                 LocalDate reportedOn, boolean late, int revisions, long figuresSequence) implements CountyRecord {

    public static final RecordFold<CountyEnergyReturnEvent, EnergyReturnRecord> FOLD = EnergyReturnRecord::next;

    private static EnergyReturnRecord next(EnergyReturnRecord energyReturn, CountyEnergyReturnEvent event, long sequence) {
        if (event instanceof CountyEnergyReturnSubmitted submitted) {
            return new EnergyReturnRecord(submitted.returnId(), sequence, submitted.county(), submitted.period(), submitted.figures(),
                    submitted.reportedOn(), submitted.late(), 0, sequence);
        }
        CountyEnergyReturnRevised revised = (CountyEnergyReturnRevised) event;
        return new EnergyReturnRecord(energyReturn.returnId, sequence, energyReturn.county, energyReturn.period, revised.figures(),
                energyReturn.reportedOn, energyReturn.late, energyReturn.revisions + 1, sequence);
    }
}
