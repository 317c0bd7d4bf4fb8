package cn.gov.qingyuan.plan.views.facts;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The industrial projects and the milestones they reached, in memory, for the investment detail view. */
public final class ProjectIndex {

    private final Map<String, Project> projects = new ConcurrentHashMap<>();
    private final Map<String, Milestone> milestones = new ConcurrentHashMap<>();

    public void put(Project project) {
        projects.put(project.id(), project);
    }

    public void put(Milestone milestone) {
        milestones.put(milestone.key(), milestone);
    }

    public Collection<Project> projects() {
        return projects.values();
    }

    public Collection<Milestone> milestones() {
        return milestones.values();
    }
}
