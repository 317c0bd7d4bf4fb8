package cn.gov.qingyuan.plan.views.facts;

/**
 * What the views are computed from, in memory: the facts, the monthly reports' arrival, the targets and the projects.
 * The service keeps one current instance, filled from MongoDB and Kafka; {@link Replay} builds one as of any moment.
 */
public record Knowledge(FactIndex facts, SubmissionIndex submissions, TargetIndex targets, ProjectIndex projects) {

    public static Knowledge empty() {
        return new Knowledge(new FactIndex(), new SubmissionIndex(), new TargetIndex(), new ProjectIndex());
    }
}
