package cn.gov.qingyuan.plan.views.investment;

import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectMilestoneReached;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.projection.EventEnvelope;
import cn.gov.qingyuan.plan.projection.EventHandlers;
import cn.gov.qingyuan.plan.projection.Projection;
import cn.gov.qingyuan.plan.projection.ReadModels;
import org.springframework.stereotype.Component;

import java.util.List;

import static com.mongodb.client.model.Updates.set;

/** Industrial investment (plan action 4) per county and citywide, from the industrial projects topic. */
@Component
class IndustrialInvestmentProjection implements Projection {

    private final InvestmentReadModel model;

    IndustrialInvestmentProjection(InvestmentReadModel model) {
        this.model = model;
    }

    @Override
    public String name() {
        return "industrial-investment";
    }

    @Override
    public List<String> topics() {
        return List.of(Topics.INDUSTRIAL_PROJECTS);
    }

    @Override
    public EventHandlers handlers() {
        return new EventHandlers()
                .on(ProjectRegistered.class, this::registered)
                .on(ProjectMilestoneReached.class, this::milestoneReached)
                .on(ProjectInvestmentReported.class, this::investmentReported)
                .on(ProjectInvestmentCorrected.class, this::investmentCorrected);
    }

    private void registered(ProjectRegistered event, EventEnvelope envelope) {
        // Registration is the first event of a project, so it never overrides a later one's stage.
        ReadModels.setIfNewer(model.projects(), event.projectId(), envelope.aggregateSequence(),
                set("county", event.county().code()), set("enterprise", event.enterprise()), set("industry", event.industry()),
                set("parkId", event.parkId()), set("plannedInvestmentYuan", Money.yuan(event.plannedInvestmentWanYuan())),
                set("advancedManufacturing", event.advancedManufacturing()), set("highTech", event.highTech()),
                set("recordedAt", java.time.Instant.now().toString()));
    }

    private void milestoneReached(ProjectMilestoneReached event, EventEnvelope envelope) {
        ReadModels.setIfNewer(model.milestones(), event.projectId() + "|" + event.stage(), envelope.aggregateSequence(),
                set("projectId", event.projectId()), set("county", event.county().code()), set("stage", event.stage().name()),
                set("reachedOn", event.reachedOn().toString()), set("year", event.reachedOn().getYear()),
                set("recordedAt", java.time.Instant.now().toString()));
        // The project is counted in its county even if its registration has not arrived yet (sequence -1 lets
        // the registration, sequence 0, fill in the rest whenever it comes).
        ReadModels.setIfNewer(model.projects(), event.projectId(), -1, set("county", event.county().code()));
    }

    private void investmentReported(ProjectInvestmentReported event, EventEnvelope envelope) {
        ReadModels.setIfNewer(model.reports(), event.projectId() + "|" + event.period(), envelope.aggregateSequence(),
                set("projectId", event.projectId()), set("county", event.county().code()), set("period", event.period().toString()),
                set("year", event.period().year()), set("amountYuan", Money.yuan(event.amountWanYuan())), set("eventId", envelope.id()),
                set("submittedBy", envelope.submittedBy()), set("reportedOn", String.valueOf(event.reportedOn())), set("late", event.late()),
                set("recordedAt", java.time.Instant.now().toString()));
    }

    /** The corrected figure replaces the month's fact; an older report redelivered later cannot undo it (sequence guard). */
    private void investmentCorrected(ProjectInvestmentCorrected event, EventEnvelope envelope) {
        ReadModels.setIfNewer(model.reports(), event.projectId() + "|" + event.period(), envelope.aggregateSequence(),
                set("projectId", event.projectId()), set("county", event.county().code()), set("period", event.period().toString()),
                set("year", event.period().year()), set("amountYuan", Money.yuan(event.amountWanYuan())), set("eventId", envelope.id()),
                set("correctedBy", envelope.submittedBy()), set("correctionReason", event.reason()),
                set("recordedAt", java.time.Instant.now().toString()));
    }
}
