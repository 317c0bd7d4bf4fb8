package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.projection.Projection;
import com.mongodb.client.MongoDatabase;

/**
 * The facts of one read-model generation: a MongoDB database of its own, the knowledge loaded from it, and the
 * projection (with its consumer group) that keeps both current. The service reads one generation; a rebuild fills the
 * next one beside it, from the start of the topics, until readers are switched to it.
 */
public final class FactGeneration {

    private final Knowledge knowledge = Knowledge.empty();
    private final FactChanges changes;
    private final IndicatorFactsProjection projection;

    private FactGeneration(MongoDatabase database, String consumerGroup, FactChanges changes, boolean rebuilding) {
        this.changes = changes;
        this.projection = new IndicatorFactsProjection(new FactStore(database, knowledge, rebuilding), changes, consumerGroup);
    }

    /**
     * The generation stored in {@code database} (loaded now; empty for a new one), filled by {@code consumerGroup} and
     * telling {@code changes} of every change.
     */
    public static FactGeneration open(MongoDatabase database, String consumerGroup, FactChanges changes) {
        return new FactGeneration(database, consumerGroup, changes, false);
    }

    /**
     * A new generation a rebuild fills from its replay: its writes wait until the replay has caught up, then go to
     * {@code database} as a snapshot in a few large documents, and from then on as the live generation's do.
     */
    public static FactGeneration rebuild(MongoDatabase database, String consumerGroup, FactChanges changes) {
        return new FactGeneration(database, consumerGroup, changes, true);
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    public FactChanges changes() {
        return changes;
    }

    public Projection projection() {
        return projection;
    }
}
