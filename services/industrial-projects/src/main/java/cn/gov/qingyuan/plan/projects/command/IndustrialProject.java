package cn.gov.qingyuan.plan.projects.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectMilestoneReached;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.contracts.industrialprojects.ProjectStage;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.RecordMilestone;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.RegisterProject;
import cn.gov.qingyuan.plan.projects.command.ProjectCommands.ReportInvestment;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An industrial investment project. Its stage only moves forward (a project may skip stages), milestone
 * dates never go back in time, and each month's investment is reported once, marked late after its due date.
 */
@Aggregate
class IndustrialProject {

    @AggregateIdentifier
    private String projectId;
    private County county;
    private ProjectStage stage;
    private LocalDate lastMilestoneOn;
    private final Set<ReportingPeriod> reportedPeriods = new HashSet<>();

    IndustrialProject() {
    }

    @CommandHandler
    IndustrialProject(RegisterProject command) {
        apply(new ProjectRegistered(command.projectId(), command.enterprise(), command.county(), command.parkId(),
                command.industry(), command.plannedInvestmentWanYuan(), command.advancedManufacturing(), command.highTech()));
    }

    @CommandHandler
    void handle(RecordMilestone command) {
        if (!stage.isBefore(command.stage())) {
            throw new ProjectRuleViolated("stage", "the project is already " + stage + "; stages only move forward");
        }
        if (lastMilestoneOn != null && command.reachedOn().isBefore(lastMilestoneOn)) {
            throw new ProjectRuleViolated("reachedOn", "the project's last milestone was on " + lastMilestoneOn
                    + "; a later stage cannot be reached before it");
        }
        apply(new ProjectMilestoneReached(projectId, county, command.stage(), command.reachedOn()));
    }

    @CommandHandler
    void handle(ReportInvestment command) {
        if (reportedPeriods.contains(command.period())) {
            throw new ProjectRuleViolated("period", "investment for " + command.period() + " was already reported for this project");
        }
        // Late reports are accepted and marked, never refused (plan section 4.3: due within 8 days after the month).
        boolean late = command.reportedOn().isAfter(command.period().dueDate());
        apply(new ProjectInvestmentReported(projectId, county, command.period(), command.amountWanYuan(), command.reportedOn(), late));
    }

    @EventSourcingHandler
    void on(ProjectRegistered event) {
        projectId = event.projectId();
        county = event.county();
        stage = ProjectStage.NEGOTIATING;
    }

    @EventSourcingHandler
    void on(ProjectMilestoneReached event) {
        stage = event.stage();
        lastMilestoneOn = event.reachedOn();
    }

    @EventSourcingHandler
    void on(ProjectInvestmentReported event) {
        reportedPeriods.add(event.period());
    }
}
