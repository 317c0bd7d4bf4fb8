package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;

/**
 * The facts in MongoDB (database {@code target_views}), one collection per kind, loaded into the in-memory indexes at
 * start-up. Every write is guarded by the event's aggregate sequence and reaches an index only once it is stored.
 */
@Component
class FactStore {

    private final FactIndex facts;
    private final SubmissionIndex submissions;
    private final TargetIndex targets;
    private final ProjectIndex projects;
    private final Mirror<Fact> factMirror;
    private final Mirror<Submission> submissionMirror;
    private final Mirror<Target> targetMirror;
    private final Mirror<Project> projectMirror;
    private final Mirror<Milestone> milestoneMirror;

    FactStore(MongoDatabase database, FactIndex facts, SubmissionIndex submissions, TargetIndex targets, ProjectIndex projects) {
        this.facts = facts;
        this.submissions = submissions;
        this.targets = targets;
        this.projects = projects;
        this.factMirror = new Mirror<>(database.getCollection("indicator_facts"), Fact::toDocument, Fact::fromDocument, facts::put);
        this.submissionMirror = new Mirror<>(database.getCollection("report_submissions"), Submission::toDocument,
                Submission::fromDocument, (key, submission) -> submissions.put(submission));
        this.targetMirror = new Mirror<>(database.getCollection("indicator_targets"), Target::toDocument, Target::fromDocument, targets::put);
        // The collections the former industrial-investment projection wrote: the documents keep their shape.
        this.projectMirror = new Mirror<>(database.getCollection("investment_projects"), Project::toDocument, Project::fromDocument,
                (key, project) -> projects.put(project));
        this.milestoneMirror = new Mirror<>(database.getCollection("investment_milestones"), Milestone::toDocument,
                Milestone::fromDocument, (key, milestone) -> projects.put(milestone));
    }

    /** @return whether the fact changed anything (false for a redelivered or overtaken event) */
    boolean fact(String key, long sequence, Fact fact) {
        if (!factMirror.put(key, sequence, fact)) {
            return false;
        }
        facts.put(key, fact);
        return true;
    }

    boolean submission(long sequence, Submission submission) {
        if (!submissionMirror.put(submission.key(), sequence, submission)) {
            return false;
        }
        submissions.put(submission);
        return true;
    }

    boolean cityTarget(String indicator, TargetPeriod period, long sequence, Target target) {
        return target(TargetIndex.cityKey(indicator, period), sequence, target);
    }

    boolean countyTarget(String indicator, TargetPeriod year, County county, long sequence, Target target) {
        return target(TargetIndex.countyKey(indicator, year, county), sequence, target);
    }

    private boolean target(String key, long sequence, Target target) {
        if (!targetMirror.put(key, sequence, target)) {
            return false;
        }
        targets.put(key, target);
        return true;
    }

    void project(long sequence, Project project) {
        if (projectMirror.put(project.id(), sequence, project)) {
            projects.put(project);
        }
    }

    void milestone(long sequence, Milestone milestone) {
        if (milestoneMirror.put(milestone.key(), sequence, milestone)) {
            projects.put(milestone);
        }
    }
}
