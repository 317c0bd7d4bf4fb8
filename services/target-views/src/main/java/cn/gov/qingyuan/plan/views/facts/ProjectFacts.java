package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectMilestoneReached;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.projection.EventEnvelope;

/**
 * Industrial projects and their milestones, for the investment detail view (projects by stage). No live view shows
 * them, so nothing is announced.
 */
final class ProjectFacts {

    private final FactStore store;

    ProjectFacts(FactStore store) {
        this.store = store;
    }

    void registered(ProjectRegistered e, EventEnvelope env) {
        store.project(env, new Project(e.projectId(), e.county().code(), e.enterprise(), e.industry(), e.parkId(),
                Money.yuan(e.plannedInvestmentWanYuan()), e.advancedManufacturing(), e.highTech()));
    }

    void milestoneReached(ProjectMilestoneReached e, EventEnvelope env) {
        store.milestone(env, new Milestone(e.projectId(), e.county().code(), e.stage(), e.reachedOn(), env.recordedAt()));
        store.placeholder(env, Project.placeholder(e.projectId(), e.county().code()));
    }
}
