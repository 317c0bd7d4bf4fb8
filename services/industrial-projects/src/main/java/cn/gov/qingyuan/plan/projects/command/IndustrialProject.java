package cn.gov.qingyuan.plan.projects.command;

import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectMilestoneReached;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.projects.command.ProjectRecord.MonthFigure;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.CorrectInvestmentReport;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.RecordMilestone;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.RegisterProject;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.ReportInvestment;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An industrial investment project. Only a reporting unit that covers its county or park may change it. Its
 * stage only moves forward (a project may skip stages), milestone
 * dates never go back in time, and each month's investment is reported once, marked late after its due date, and
 * changed afterwards only by a correction that gives its reason and names the figure it replaces.
 */
@Aggregate
class IndustrialProject {

    @AggregateIdentifier
    private String projectId;
    private ProjectRecord project;

    IndustrialProject() {
    }

    @CommandHandler
    IndustrialProject(RegisterProject command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.county(), command.parkId());
        apply(new ProjectRegistered(command.projectId(), command.enterprise(), command.county(), command.parkId(),
                command.industry(), command.plannedInvestmentWanYuan(), command.advancedManufacturing(), command.highTech()));
    }

    @CommandHandler
    Long handle(RecordMilestone command) {
        ReportingUnit.requireCovers(command.submittedFor(), project.county(), project.parkId());
        if (!project.stage().isBefore(command.stage())) {
            throw new RuleViolated("stage", "the project is already " + project.stage() + "; stages only move forward");
        }
        if (project.lastMilestoneOn() != null && command.reachedOn().isBefore(project.lastMilestoneOn())) {
            throw new RuleViolated("reachedOn", "the project's last milestone was on " + project.lastMilestoneOn()
                    + "; a later stage cannot be reached before it");
        }
        apply(new ProjectMilestoneReached(projectId, project.county(), command.stage(), command.reachedOn()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(ReportInvestment command) {
        ReportingUnit.requireCovers(command.submittedFor(), project.county(), project.parkId());
        if (project.investment().containsKey(command.period())) {
            throw new RuleViolated("period", "investment for " + command.period()
                    + " was already reported for this project; send a correction with a reason instead");
        }
        // Late reports are accepted and marked, never refused (plan section 4.3: due within 8 days after the month).
        boolean late = command.reportedOn().isAfter(command.period().dueDate());
        apply(new ProjectInvestmentReported(projectId, project.county(), command.period(), command.amountWanYuan(), command.reportedOn(), late));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(CorrectInvestmentReport command) {
        ReportingUnit.requireCovers(command.submittedFor(), project.county(), project.parkId());
        MonthFigure current = project.investment().get(command.period());
        if (current == null) {
            throw new RuleViolated("period", "no investment was reported for " + command.period() + "; report it first");
        }
        if (current.amountWanYuan().compareTo(command.amountWanYuan()) == 0) {
            throw new RuleViolated("amountWanYuan", "the recorded figure for " + command.period() + " is already "
                    + current.amountWanYuan().toPlainString() + " 万元");
        }
        apply(new ProjectInvestmentCorrected(projectId, project.county(), command.period(), command.amountWanYuan(), current.amountWanYuan(),
                current.sequence(), command.reason()));
        return AggregateLifecycle.getVersion();
    }


    /** The same rule the project's state read applies: {@link ProjectRecord#FOLD}. */
    @EventSourcingHandler
    void on(IndustrialProjectEvent event, @SequenceNumber long sequence) {
        project = ProjectRecord.FOLD.apply(project, event, sequence);
        projectId = project.projectId();
    }
}
