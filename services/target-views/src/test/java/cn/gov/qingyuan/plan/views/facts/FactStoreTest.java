package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.targets.Provenance;
import cn.gov.qingyuan.plan.contracts.targets.TargetPeriod;
import cn.gov.qingyuan.plan.projection.EventEnvelope;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts in MongoDB (the stand-in): the sequence guard, writes held until the flush, and the indexes reloaded as they were. */
class FactStoreTest {

    private final MongoClient client = MongoClients.create(TestStack.get().mongoUri());
    private final MongoDatabase database = client.getDatabase(TestStack.uniqueName("facts"));

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void anOlderReportRedeliveredAfterACorrectionChangesNothingAndARestartFindsTheFacts() {
        FactIndex facts = new FactIndex();
        FactStore store = store(facts, new TargetIndex());
        assertThat(store.fact("INDUSTRIAL_INVESTMENT|p1|2015-02", at(2), investment("30000"))).isTrue();
        assertThat(store.fact("INDUSTRIAL_INVESTMENT|p1|2015-02", at(3), investment("10000"))).as("the correction").isTrue();
        assertThat(store.fact("INDUSTRIAL_INVESTMENT|p1|2015-02", at(2), investment("30000"))).as("the original, redelivered").isFalse();
        assertThat(store.fact("INDUSTRIAL_INVESTMENT|p1|2015-02", at(3), investment("10000"))).as("the correction, redelivered").isFalse();
        assertThat(facts.flowTotals(Measure.INDUSTRIAL_INVESTMENT, "qingxin").get(YearMonth.of(2015, 2)).sum()).isEqualByComparingTo("10000");

        TargetIndex targets = new TargetIndex();
        store.cityTarget("industrial-investment", TargetPeriod.year(2015), at(0), new Target(new BigDecimal("165"), null, Provenance.PLAN, "Plan"));
        assertThat(database.getCollection("indicator_facts").countDocuments()).as("nothing written before the flush").isZero();
        store.flush();
        assertThat(database.getCollection("indicator_facts").countDocuments()).as("the fact written once, as corrected").isEqualTo(1);
        FactIndex reloaded = new FactIndex();
        store(reloaded, targets);
        assertThat(reloaded.facts(Measure.INDUSTRIAL_INVESTMENT, 2015)).singleElement()
                .satisfies(fact -> assertThat(fact.value()).isEqualByComparingTo("10000"));
        assertThat(targets.city("industrial-investment", TargetPeriod.year(2015))).isPresent();
    }

    @Test
    void aRebuildsStoreDefersItsWritesToOneSnapshotThenWritesAsTheLiveOneAndAReloadTakesTheNewest() {
        FactStore rebuilding = new FactStore(database, new Knowledge(new FactIndex(), new SubmissionIndex(), new TargetIndex(), new ProjectIndex()), true);
        for (int project = 0; project < Mirror.SNAPSHOT_CHUNK + 10; project++) {
            rebuilding.fact("INDUSTRIAL_INVESTMENT|p" + project + "|2015-02", at(1), investment("100"));
        }
        rebuilding.fact("INDUSTRIAL_INVESTMENT|p0|2015-02", at(2), investment("30000"));
        rebuilding.flush();
        assertThat(database.getCollection("indicator_facts").countDocuments()).as("nothing written while deferring").isZero();
        assertThat(database.getCollection("indicator_facts_snapshot").countDocuments()).isZero();

        rebuilding.writeSnapshot();
        assertThat(database.getCollection("indicator_facts_snapshot").countDocuments()).as("two chunks").isEqualTo(2);
        assertThat(database.getCollection("indicator_facts").countDocuments()).isZero();
        rebuilding.fact("INDUSTRIAL_INVESTMENT|p0|2015-02", at(3), investment("25000"));
        rebuilding.flush();
        assertThat(database.getCollection("indicator_facts").countDocuments()).as("after the snapshot, a fact at a time").isEqualTo(1);

        FactIndex reloaded = new FactIndex();
        FactStore restarted = store(reloaded, new TargetIndex());
        assertThat(reloaded.facts(Measure.INDUSTRIAL_INVESTMENT, 2015)).hasSize(Mirror.SNAPSHOT_CHUNK + 10);
        assertThat(reloaded.flowTotals(Measure.INDUSTRIAL_INVESTMENT, "qingxin").get(YearMonth.of(2015, 2)).sum())
                .as("the snapshot's facts and the newer one written after it").isEqualByComparingTo(new BigDecimal(100L * (Mirror.SNAPSHOT_CHUNK + 9) + 25000));
        assertThat(restarted.fact("INDUSTRIAL_INVESTMENT|p0|2015-02", at(3), investment("25000"))).as("its sequence reloaded").isFalse();
    }

    @Test
    void aMilestoneBeforeTheRegistrationCountsTheProjectInItsCountyAndTheRegistrationFillsItIn() {
        ProjectIndex projects = new ProjectIndex();
        FactStore store = new FactStore(database, new Knowledge(new FactIndex(), new SubmissionIndex(), new TargetIndex(), projects));
        store.placeholder(at(3), Project.placeholder("p1", "liannan"));
        store.project(at(0), new Project("p1", "liannan", "Liannan Textiles", "textiles", null, 9_000_000L, false, true));
        store.placeholder(at(3), Project.placeholder("p1", "liannan"));
        store.flush();
        assertThat(projects.projects()).singleElement().extracting(Project::enterprise).isEqualTo("Liannan Textiles");
        assertThat(database.getCollection("investment_projects").find().first().getString("enterprise")).isEqualTo("Liannan Textiles");
    }

    private FactStore store(FactIndex facts, TargetIndex targets) {
        return new FactStore(database, new Knowledge(facts, new SubmissionIndex(), targets, new ProjectIndex()));
    }

    /** An envelope at this aggregate sequence: all the store reads of it. */
    private static EventEnvelope at(long sequence) {
        return new EventEnvelope("e" + sequence, new EventType("test", 1), "/test", "p1", sequence, null, null, null, null, null, null,
                "t", 0, sequence);
    }

    private static Fact investment(String wanYuan) {
        return new Fact(Measure.INDUSTRIAL_INVESTMENT, County.QINGXIN.code(), "p1", YearMonth.of(2015, 2), new BigDecimal(wanYuan), null);
    }
}
