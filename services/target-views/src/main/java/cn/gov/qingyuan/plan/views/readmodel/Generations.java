package cn.gov.qingyuan.plan.views.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

/**
 * Which generation is active: one control document ({@code read_model}, {@code _id: "active"}) in the configured
 * database, which also keeps the audit journal and the dead letters. Without it, the configured database and the
 * projection's usual group are active, so a deployment from before generations reads what it always read.
 */
final class Generations {

    static final String COLLECTION = "read_model";
    private static final String ACTIVE = "active";

    private final MongoCollection<Document> control;
    private final Generation initial;

    Generations(MongoDatabase configured, String initialConsumerGroup) {
        this.control = configured.getCollection(COLLECTION);
        this.initial = new Generation(Generation.INITIAL, configured.getName(), initialConsumerGroup, null);
    }

    Generation active() {
        Document active = control.find(Filters.eq("_id", ACTIVE)).first();
        return active == null ? initial : Generation.fromDocument(active);
    }

    /** Records {@code generation} as the one a restart opens. */
    void activate(Generation generation) {
        control.replaceOne(Filters.eq("_id", ACTIVE), generation.toDocument().append("_id", ACTIVE), new ReplaceOptions().upsert(true));
    }
}
