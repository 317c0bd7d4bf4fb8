package cn.gov.qingyuan.plan.views.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The auditors' own trail: every audit request, answered or refused (collection {@code audit_queries}). */
@Component
class AuditQueries {

    /** One audit request: who asked what, when, and what it was answered. */
    record Query(Instant at, String subject, String role, String unit, String method, String path, String query, int status) {
    }

    private final MongoCollection<Document> queries;

    AuditQueries(MongoDatabase database) {
        this.queries = database.getCollection("audit_queries");
    }

    void record(Query query) {
        queries.insertOne(new Document("_id", UUID.randomUUID().toString()).append("at", query.at().toString())
                .append("atMillis", query.at().toEpochMilli()).append("subject", query.subject()).append("role", query.role())
                .append("unit", query.unit()).append("method", query.method()).append("path", query.path())
                .append("query", query.query()).append("status", query.status()));
    }

    /** The latest {@code limit} requests, newest first. */
    List<Query> latest(int limit) {
        List<Query> latest = new ArrayList<>();
        for (Document stored : queries.find().sort(Sorts.descending("atMillis", "at")).limit(limit)) {
            latest.add(new Query(Instant.parse(stored.getString("at")), stored.getString("subject"), stored.getString("role"),
                    stored.getString("unit"), stored.getString("method"), stored.getString("path"), stored.getString("query"),
                    stored.getInteger("status")));
        }
        return latest;
    }
}
