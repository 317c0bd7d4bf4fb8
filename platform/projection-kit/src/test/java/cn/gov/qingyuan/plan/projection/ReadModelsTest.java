package cn.gov.qingyuan.plan.projection;

import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Idempotent writes on the MongoDB stand-in, the store make run and the tests use. */
class ReadModelsTest {

    private static MongoClient client;
    private static MongoCollection<Document> facts;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestStack.get().mongoUri());
        facts = client.getDatabase(TestStack.uniqueName("kit")).getCollection("facts");
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void aNewerEventOverwritesAnOlderOneInWhateverOrderTheyArrive() {
        assertThat(ReadModels.setIfNewer(facts, "a", 2, set("stage", "COMPLETED"))).isTrue();
        assertThat(ReadModels.setIfNewer(facts, "a", 1, set("stage", "SIGNED"))).isFalse();
        assertThat(facts.find(new Document("_id", "a")).first().getString("stage")).isEqualTo("COMPLETED");
        assertThat(ReadModels.setIfNewer(facts, "a", 3, set("stage", "IN_PRODUCTION"))).isTrue();
        assertThat(facts.find(new Document("_id", "a")).first().getString("stage")).isEqualTo("IN_PRODUCTION");
    }

    @Test
    void theSameEventTwiceWritesOnce() {
        assertThat(ReadModels.setIfNewer(facts, "b", 0, set("amount", 10L))).isTrue();
        assertThat(ReadModels.setIfNewer(facts, "b", 0, set("amount", 10L))).isFalse();
        assertThat(facts.countDocuments(new Document("_id", "b"))).isEqualTo(1);
    }

    @Test
    void aHandlerRefusesASchemaVersionItDoesNotKnow() {
        EventHandlers handlers = new EventHandlers().on(ProjectRegistered.class, (event, envelope) -> { });
        EventType known = EventType.of(ProjectRegistered.class);
        assertThat(handlers.handlerFor(known)).isPresent();
        assertThat(handlers.handlerFor(new EventType("cn.gov.qingyuan.plan.other.Unrelated", 1))).isEmpty();
        assertThatThrownBy(() -> handlers.handlerFor(new EventType(known.name(), 2))).isInstanceOf(UnreadableEvent.class)
                .hasMessageContaining("this consumer reads " + known.cloudEventType());
    }
}
