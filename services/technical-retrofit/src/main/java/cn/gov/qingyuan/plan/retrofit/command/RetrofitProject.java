package cn.gov.qingyuan.plan.retrofit.command;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.contracts.retrofit.EnterpriseCode;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitInvestmentReported;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectCompleted;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.RetrofitProjectRegistered;
import cn.gov.qingyuan.plan.contracts.retrofit.RetrofitType;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.CompleteRetrofitProject;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.CorrectRetrofitInvestment;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.RegisterRetrofitProject;
import cn.gov.qingyuan.plan.retrofit.command.RetrofitCommands.ReportRetrofitInvestment;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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
    private County county;
    private String parkId;
    private EnterpriseCode enterpriseCode;
    private boolean aboveScale;
    private boolean revenueAtLeast50Million;
    private Set<RetrofitType> retrofitTypes;
    private LocalDate completedOn;
    /** The figure in force for each reported month, and the sequence number of the event that set it. */
    private final Map<ReportingPeriod, Figure> figures = new HashMap<>();

    private record Figure(BigDecimal amountWanYuan, long sequence) {
    }

    RetrofitProject() {
    }

    @CommandHandler
    RetrofitProject(RegisterRetrofitProject command) {
        ReportingUnit.requireCovers(command.submittedFor(), command.county(), command.parkId());
        if (command.retrofitTypes().isEmpty()) {
            throw new RetrofitRuleViolated("retrofitTypes", "a retrofit project must name at least one retrofit type");
        }
        apply(new RetrofitProjectRegistered(command.projectId(), command.enterpriseCode(), command.enterpriseName(), command.county(),
                command.parkId(), command.aboveScale(), command.revenueAtLeast50Million(), command.retrofitTypes(),
                command.plannedInvestmentWanYuan(), command.listedInCityLibrary()));
    }

    @CommandHandler
    Long handle(ReportRetrofitInvestment command) {
        ReportingUnit.requireCovers(command.submittedFor(), county, parkId);
        if (figures.containsKey(command.period())) {
            throw new RetrofitRuleViolated("period", "retrofit investment for " + command.period()
                    + " was already reported for this project; send a correction with a reason instead");
        }
        // Late reports are accepted and marked, never refused (plan section 4.3: due within 8 days after the month).
        boolean late = command.reportedOn().isAfter(command.period().dueDate());
        apply(new RetrofitInvestmentReported(projectId, county, enterpriseCode, command.period(), command.amountWanYuan(),
                command.reportedOn(), late));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(CorrectRetrofitInvestment command) {
        ReportingUnit.requireCovers(command.submittedFor(), county, parkId);
        Figure current = figures.get(command.period());
        if (current == null) {
            throw new RetrofitRuleViolated("period", "no retrofit investment was reported for " + command.period() + "; report it first");
        }
        if (current.amountWanYuan().compareTo(command.amountWanYuan()) == 0) {
            throw new RetrofitRuleViolated("amountWanYuan", "the recorded figure for " + command.period() + " is already "
                    + current.amountWanYuan().toPlainString() + " 万元");
        }
        apply(new RetrofitInvestmentCorrected(projectId, county, enterpriseCode, command.period(), command.amountWanYuan(),
                current.amountWanYuan(), current.sequence(), command.reason()));
        return AggregateLifecycle.getVersion();
    }

    @CommandHandler
    Long handle(CompleteRetrofitProject command) {
        ReportingUnit.requireCovers(command.submittedFor(), county, parkId);
        // Completing twice would count the enterprise twice, or move its completion to another year.
        if (completedOn != null) {
            throw new RetrofitRuleViolated("completedOn", "the project was already completed on " + completedOn
                    + "; a project completes once");
        }
        apply(new RetrofitProjectCompleted(projectId, county, enterpriseCode, command.completedOn(), aboveScale,
                revenueAtLeast50Million, retrofitTypes));
        return AggregateLifecycle.getVersion();
    }


    @EventSourcingHandler
    void on(RetrofitProjectRegistered event) {
        projectId = event.projectId();
        county = event.county();
        parkId = event.parkId();
        enterpriseCode = event.enterpriseCode();
        aboveScale = event.aboveScale();
        revenueAtLeast50Million = event.revenueAtLeast50Million();
        retrofitTypes = event.retrofitTypes();
    }

    @EventSourcingHandler
    void on(RetrofitInvestmentReported event, @SequenceNumber long sequence) {
        figures.put(event.period(), new Figure(event.amountWanYuan(), sequence));
    }

    @EventSourcingHandler
    void on(RetrofitInvestmentCorrected event, @SequenceNumber long sequence) {
        figures.put(event.period(), new Figure(event.amountWanYuan(), sequence));
    }

    @EventSourcingHandler
    void on(RetrofitProjectCompleted event) {
        completedOn = event.completedOn();
    }
}
