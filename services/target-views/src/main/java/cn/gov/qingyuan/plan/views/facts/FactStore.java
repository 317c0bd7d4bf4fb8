package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.projection.EventEnvelope;
import com.mongodb.client.MongoDatabase;

/**
 * The facts in MongoDB (the database of a read-model generation, {@code target_views} until the first rebuild), one
 * collection per kind, loaded into the generation's knowledge when it is opened; or, for a replay, in memory only.
 * Every write is guarded by the event's aggregate sequence and reaches the knowledge only once it is stored.
 */
class FactStore {

    private final Knowledge knowledge;
    private final FactHistory history;
    private final Mirror<Fact> factMirror;
    private final Mirror<Submission> submissionMirror;
    private final Mirror<Target> targetMirror;
    private final Mirror<Project> projectMirror;
    private final Mirror<Milestone> milestoneMirror;

    FactStore(MongoDatabase database, Knowledge knowledge) {
        this(database, knowledge, false);
    }

    /** @param deferring whether writes wait for {@link #writeSnapshot} (a rebuild's new generation, ADR 0011) */
    FactStore(MongoDatabase database, Knowledge knowledge, boolean deferring) {
        this.knowledge = knowledge;
        this.history = FactHistory.NONE;
        this.factMirror = Mirror.stored(database, "indicator_facts", Fact::toDocument, Fact::fromDocument, knowledge.facts()::put, deferring);
        this.submissionMirror = Mirror.stored(database, "report_submissions", Submission::toDocument, Submission::fromDocument,
                (key, submission) -> knowledge.submissions().put(submission), deferring);
        this.targetMirror = Mirror.stored(database, "indicator_targets", Target::toDocument, Target::fromDocument, knowledge.targets()::put,
                deferring);
        // The collections the former industrial-investment projection wrote: the documents keep their shape.
        this.projectMirror = Mirror.stored(database, "investment_projects", Project::toDocument, Project::fromDocument,
                (key, project) -> knowledge.projects().put(project), deferring);
        this.milestoneMirror = Mirror.stored(database, "investment_milestones", Milestone::toDocument, Milestone::fromDocument,
                (key, milestone) -> knowledge.projects().put(milestone), deferring);
    }

    /** A store in memory only, telling {@code history} of every write: a replay's. */
    FactStore(Knowledge knowledge, FactHistory history) {
        this.knowledge = knowledge;
        this.history = history;
        this.factMirror = Mirror.inMemory();
        this.submissionMirror = Mirror.inMemory();
        this.targetMirror = Mirror.inMemory();
        this.projectMirror = Mirror.inMemory();
        this.milestoneMirror = Mirror.inMemory();
    }

    /** Writes what a rebuild deferred as snapshots ({@link Mirror#writeSnapshot}); from then on it writes as the live store. */
    void writeSnapshot() {
        factMirror.writeSnapshot();
        submissionMirror.writeSnapshot();
        targetMirror.writeSnapshot();
        projectMirror.writeSnapshot();
        milestoneMirror.writeSnapshot();
    }

    /** Writes the calling thread's buffered facts to MongoDB ({@link Mirror#flush}). */
    void flush() {
        factMirror.flush();
        submissionMirror.flush();
        targetMirror.flush();
        projectMirror.flush();
        milestoneMirror.flush();
    }

    /** @return whether the fact changed anything (false for a redelivered or overtaken event) */
    boolean fact(String key, EventEnvelope event, Fact fact) {
        if (!factMirror.put(key, event.aggregateSequence(), fact)) {
            return false;
        }
        knowledge.facts().put(key, fact);
        history.written("fact|" + key, event, fact);
        return true;
    }

    boolean submission(EventEnvelope event, Submission submission) {
        if (!submissionMirror.put(submission.key(), event.aggregateSequence(), submission)) {
            return false;
        }
        knowledge.submissions().put(submission);
        history.written("report|" + submission.key(), event, submission);
        return true;
    }

    boolean cityTarget(String indicator, TargetPeriod period, EventEnvelope event, Target target) {
        return target(TargetIndex.cityKey(indicator, period), event, target);
    }

    boolean countyTarget(String indicator, TargetPeriod year, County county, EventEnvelope event, Target target) {
        return target(TargetIndex.countyKey(indicator, year, county), event, target);
    }

    private boolean target(String key, EventEnvelope event, Target target) {
        if (!targetMirror.put(key, event.aggregateSequence(), target)) {
            return false;
        }
        knowledge.targets().put(key, target);
        history.written("target|" + key, event, target);
        return true;
    }

    void project(EventEnvelope event, Project project) {
        project(event.aggregateSequence(), event, project);
    }

    /**
     * A project known only from a milestone: it counts in its county before its registration arrives. Sequence -1 lets
     * the registration (sequence 0) replace it whenever it comes, and never overrides one already recorded.
     */
    void placeholder(EventEnvelope event, Project project) {
        project(-1, event, project);
    }

    private void project(long sequence, EventEnvelope event, Project project) {
        if (projectMirror.put(project.id(), sequence, project)) {
            knowledge.projects().put(project);
            history.written("project|" + project.id(), event, project);
        }
    }

    void milestone(EventEnvelope event, Milestone milestone) {
        if (milestoneMirror.put(milestone.key(), event.aggregateSequence(), milestone)) {
            knowledge.projects().put(milestone);
            history.written("milestone|" + milestone.key(), event, milestone);
        }
    }
}
