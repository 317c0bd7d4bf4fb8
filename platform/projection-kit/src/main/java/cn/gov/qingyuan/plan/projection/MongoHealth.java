package cn.gov.qingyuan.plan.projection;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** The read models are only as available as their MongoDB: ping it. */
class MongoHealth extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoHealth(MongoDatabase database) {
        super("MongoDB is not reachable");
        this.database = database;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
