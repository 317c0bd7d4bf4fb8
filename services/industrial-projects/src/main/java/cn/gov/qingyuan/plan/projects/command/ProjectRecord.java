package cn.gov.qingyuan.plan.projects.command;

import cn.gov.qingyuan.plan.commands.RecordFold;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectMilestoneReached;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project as its events make it: the one state rule that {@link IndustrialProject} applies when it is loaded and
 * that the project's state read answers with.
 *
 * @param version    the sequence number of its latest event (the ETag)
 * @param investment the figure in force for each reported month
 */
public record ProjectRecord(String projectId, long version, String enterprise, County county, String parkId, String industry,
                            BigDecimal plannedInvestmentWanYuan, boolean advancedManufacturing, boolean highTech,
                            ProjectStage stage, LocalDate lastMilestoneOn, Map<ReportingPeriod, MonthFigure> investment) {

    /**
     * @param sequence    the sequence number of the report or correction that set it, which a correction names
     * @param corrections how many corrections it has had
     */
    public record MonthFigure(BigDecimal amountWanYuan, boolean late, int corrections, long sequence) {
    }

    public static final RecordFold<IndustrialProjectEvent, ProjectRecord> FOLD = ProjectRecord::next;

    private static ProjectRecord next(ProjectRecord project, IndustrialProjectEvent event, long sequence) {
        if (event instanceof ProjectRegistered registered) {
            return new ProjectRecord(registered.projectId(), sequence, registered.enterprise(), registered.county(), registered.parkId(),
                    registered.industry(), registered.plannedInvestmentWanYuan(), registered.advancedManufacturing(), registered.highTech(),
                    ProjectStage.NEGOTIATING, null, Map.of());
        }
        if (event instanceof ProjectMilestoneReached milestone) {
            return project.reached(milestone.stage(), milestone.reachedOn(), sequence);
        }
        if (event instanceof ProjectInvestmentReported report) {
            return project.withMonth(report.period(), new MonthFigure(report.amountWanYuan(), report.late(), 0, sequence), sequence);
        }
        ProjectInvestmentCorrected correction = (ProjectInvestmentCorrected) event;
        MonthFigure before = project.investment().get(correction.period());
        return project.withMonth(correction.period(),
                new MonthFigure(correction.amountWanYuan(), before.late(), before.corrections() + 1, sequence), sequence);
    }

    public boolean coveredBy(ReportingUnit unit) {
        return unit.covers(county, parkId);
    }

    private ProjectRecord reached(ProjectStage newStage, LocalDate on, long sequence) {
        return new ProjectRecord(projectId, sequence, enterprise, county, parkId, industry, plannedInvestmentWanYuan, advancedManufacturing,
                highTech, newStage, on, investment);
    }

    private ProjectRecord withMonth(ReportingPeriod period, MonthFigure figure, long sequence) {
        Map<ReportingPeriod, MonthFigure> months = new TreeMap<>(investment);
        months.put(period, figure);
        return new ProjectRecord(projectId, sequence, enterprise, county, parkId, industry, plannedInvestmentWanYuan, advancedManufacturing,
                highTech, stage, lastMilestoneOn, Collections.unmodifiableMap(months));
    }
}
