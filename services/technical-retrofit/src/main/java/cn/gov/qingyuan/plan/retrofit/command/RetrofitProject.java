package cn.gov.qingyuan.plan.retrofit.command;

import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentReported;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectCompleted;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectRegistered;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.CompleteRetrofitProject;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.CorrectRetrofitInvestment;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.RegisterRetrofitProject;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.ReportRetrofitInvestment;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitProjectRecord.MonthFigure;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An enterprise's technical retrofit project. Only a reporting unit that covers its county or park may change
 * it. Each month's retrofit investment is reported once, marked late after its due date, and changed afterwards
 * only by a correction that gives its reason and names the figure it replaces. A project completes once.
 */
@Aggregate
class RetrofitProject {

    @AggregateIdentifier
    private String projectId;
    private RetrofitProjectRecord project;

    RetrofitProject() {
    }

    @CommandHandler
    RetrofitProject(RegisterRetrofitProject command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.county(), command.parkId());
        if (command.retrofitTypes().isEmpty()) {
            throw new RuleViolated("retrofitTypes", "a retrofit project must name at least one retrofit type");
        }
        apply(new RetrofitProjectRegistered(command.projectId(), command.enterpriseCode(), command.enterpriseName(), command.county(),
                command.parkId(), command.aboveScale(), command.revenueAtLeast50Million(), command.retrofitTypes(),
                command.plannedInvestmentWanYuan(), command.listedInCityLibrary()));
    }

    @CommandHandler
    Long handle(ReportRetrofitInvestment command) {
        requireCovers(command.submittedFor());
        if (project.investment().containsKey(command.period())) {
            throw new RuleViolated("period", "retrofit investment for " + command.period()
                    + " was already reported for this project; send a correction with a reason instead");
        }
        // Late reports are accepted and marked, never refused (plan section 4.3: due within 8 days after the month).
        boolean late = command.reportedOn().isAfter(command.period().dueDate());
        apply(new RetrofitInvestmentReported(projectId, project.county(), project.enterpriseCode(), command.period(),
                command.amountWanYuan(), command.reportedOn(), late));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(CorrectRetrofitInvestment command) {
        requireCovers(command.submittedFor());
        MonthFigure current = project.investment().get(command.period());
        if (current == null) {
            throw new RuleViolated("period", "no retrofit investment was reported for " + command.period() + "; report it first");
        }
        if (current.amountWanYuan().compareTo(command.amountWanYuan()) == 0) {
            throw new RuleViolated("amountWanYuan", "the recorded figure for " + command.period() + " is already "
                    + current.amountWanYuan().toPlainString() + " 万元");
        }
        apply(new RetrofitInvestmentCorrected(projectId, project.county(), project.enterpriseCode(), command.period(),
                command.amountWanYuan(), current.amountWanYuan(), current.sequence(), command.reason()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(CompleteRetrofitProject command) {
        requireCovers(command.submittedFor());
        // Completing twice would count the enterprise twice, or move its completion to another year.
        if (project.completedOn() != null) {
            throw new RuleViolated("completedOn", "the project was already completed on " + project.completedOn()
                    + "; a project completes once");
        }
        apply(new RetrofitProjectCompleted(projectId, project.county(), project.enterpriseCode(), command.completedOn(),
                project.aboveScale(), project.revenueAtLeast50Million(), project.retrofitTypes()));
        return AggregateLifecycle.getVersion();
    }

    private void requireCovers(ReportingUnit unit) {
        ReportingUnit.requireCovers(unit, project.county(), project.parkId());
    }

    /** The same rule the project's state read applies: {@link RetrofitProjectRecord#FOLD}. */
    @EventSourcingHandler
    void on(RetrofitProjectEvent event, @SequenceNumber long sequence) {
        project = RetrofitProjectRecord.FOLD.apply(project, event, sequence);
        projectId = project.projectId();
    }
}
