package cn.gov.qingyuan.plan.views.readmodel;

import cn.gov.qingyuan.plan.contracts.EventTopic;
import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.projection.ProjectionConsumers;
import cn.gov.qingyuan.plan.projection.ProjectionProperties;
import cn.gov.qingyuan.plan.projection.ProjectionReplays;
import cn.gov.qingyuan.plan.projection.ReplayConsumer;
import cn.gov.qingyuan.plan.views.facts.FactChanges;
import cn.gov.qingyuan.plan.views.facts.FactGeneration;
import cn.gov.qingyuan.plan.views.figures.EveryView;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import cn.gov.qingyuan.plan.views.figures.LiveFigures;
import cn.gov.qingyuan.plan.views.figures.ViewDifferences;
import cn.gov.qingyuan.plan.views.history.PlanDay;
import cn.gov.qingyuan.plan.views.stores.ServiceChains;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToDoubleFunction;

/**
 * Blue/green rebuilds of the views (ADR 0011): a rebuild fills a new generation from the start of the topics while
 * readers stay on the active one; its views are compared with the live ones field by field; on the operator's word
 * readers are switched to it, and its replay, still following the topics, becomes the one writer of the facts.
 */
@Component
class Rebuilds {

    private static final Logger log = LoggerFactory.getLogger(Rebuilds.class);
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final Duration HANDOVER_WITHIN = Duration.ofSeconds(60);

    /** What {@code GET .../differences} answers: every view compared, on one day, and every field that differs. */
    record Comparison(String rebuild, LocalDate today, int views, List<Difference> differences) {
    }

    /** One differing field: the view's path, the field's JSON path in it, its live value and its rebuilt value (null when absent). */
    record Difference(String view, String path, JsonNode live, JsonNode rebuilt) {
    }

    private final Map<String, Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final ServiceChains chains;
    private final MongoClient mongo;
    private final ProjectionProperties properties;
    private final Generations generations;
    private final ProjectionReplays replays;
    private final ProjectionConsumers consumers;
    private final LiveFigures live;
    private final FactChanges readersChanges;
    private final FigureRules rules;
    private final PlanDay day;
    private final ObjectMapper json;
    private volatile Rebuild latest;
    /** The rebuild whose replay writes the active generation; null while the projection kit's consumers do. */
    private volatile Rebuild writer;

    Rebuilds(MongoClient mongo, ProjectionProperties properties, Generations generations, ProjectionReplays replays,
             ProjectionConsumers consumers, LiveFigures live, FactChanges readersChanges, FigureRules rules, PlanDay day,
             ObjectMapper json, MeterRegistry meters, ServiceChains chains) {
        this.mongo = mongo;
        this.chains = chains;
        this.properties = properties;
        this.generations = generations;
        this.replays = replays;
        this.consumers = consumers;
        this.live = live;
        this.readersChanges = readersChanges;
        this.rules = rules;
        this.day = day;
        this.json = json;
        FunctionCounter.builder("plan.rebuild.events", this, r -> ofLatest(s -> s.applied()))
                .description("Records the latest rebuild of the views has read from the topics").register(meters);
        Gauge.builder("plan.rebuild.progress", this, r -> ofLatest(Rebuild.Status::progress))
                .description("Share (0 to 1) of the records on the topics at its start the latest rebuild has read").register(meters);
        Gauge.builder("plan.rebuild.rate", this, r -> ofLatest(Rebuild.Status::eventsPerSecond)).baseUnit("events/s")
                .description("Records per second the latest rebuild read until it caught up").register(meters);
    }

    private double ofLatest(ToDoubleFunction<Rebuild.Status> value) {
        Rebuild rebuild = latest;
        return rebuild == null ? 0 : value.applyAsDouble(rebuild.status());
    }

    /** Where a rebuild reads the events: the start of the topics, or the command services' stores and then the topics. */
    enum Source {
        KAFKA, STORES;

        @JsonValue
        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Source parse(String text) {
            for (Source source : values()) {
                if (source.name().equalsIgnoreCase(text)) {
                    return source;
                }
            }
            throw ApiProblem.invalid("source", "'" + text + "' is not one of kafka (the start of the topics), stores (the command services' event stores)");
        }
    }

    /**
     * Starts a rebuild into a new database and consumer group; refused while another one is still pending.
     *
     * @param authorization the operator's own token, with which the stores are asked for their events
     */
    synchronized Rebuild.Status start(Source source, String authorization) {
        if (source == Source.STORES) {
            requireEveryStore();
        }
        Rebuild pending = latest;
        if (pending != null && pending.pending()) {
            throw ApiProblem.conflict("rebuild", "rebuild " + pending.generation().id() + " is " + pending.state().label()
                    + ": switch to it first (a rebuild that is not wanted ends with a restart of the service)");
        }
        String id = freshId();
        Generation generation = new Generation(id, properties.mongodbDatabase() + "_" + id,
                properties.consumerGroup() + "." + ReadModelConfiguration.FACTS_PROJECTION + "." + id, null);
        // Its own changes, heard by nobody until readers are switched to it.
        FactGeneration facts = FactGeneration.rebuild(mongo.getDatabase(generation.database()), generation.consumerGroup(), new FactChanges());
        ReplayConsumer.Prelude prelude = source == Source.STORES ? new StoreReplay(chains, authorization) : null;
        Rebuild rebuild = new Rebuild(generation, source, facts, replays.replay(facts.projection(), prelude, generation.consumerGroup()));
        rebuilds.put(id, rebuild);
        latest = rebuild;
        rebuild.replay().start();
        log.info("Rebuild {} started into database {}", id, generation.database());
        return rebuild.status();
    }

    /**
     * A rebuild from the stores reads each topic's history from its service's store, and follows the topics only from
     * where they ended: the views read every command service's topic, and one whose service is not configured would be
     * missing from the rebuilt views altogether.
     */
    private void requireEveryStore() {
        List<String> missing = Arrays.stream(EventTopic.values()).map(EventTopic::service)
                .filter(service -> !chains.services().containsKey(service)).distinct().sorted().toList();
        if (!missing.isEmpty()) {
            throw new ApiProblem(ProblemType.UNAVAILABLE, "plan.audit.services", "the views read the events of " + String.join(", ", missing)
                    + " but PLAN_AUDIT_SERVICES names no store for " + (missing.size() == 1 ? "it" : "them")
                    + ", so a rebuild from the stores would leave their figures out: add them, or use source=kafka");
        }
    }

    /** The second it starts at, with {@code -2}, {@code -3}... when an earlier rebuild or the active generation already has it. */
    private String freshId() {
        String second = ID.format(day.now());
        String active = generations.active().id();
        String id = second;
        for (int n = 2; rebuilds.containsKey(id) || id.equals(active); n++) {
            id = second + "-" + n;
        }
        return id;
    }

    Rebuild.Status status(String id) {
        return find(id).status();
    }

    /** Every view over the live knowledge and over the rebuilt one, on the same day, compared field by field. */
    Comparison differences(String id) {
        Rebuild rebuild = find(id);
        LocalDate today = day.today();
        Map<String, Object> liveViews = EveryView.of(live.figures(), rules, today);
        Map<String, Object> rebuiltViews = EveryView.of(rules.over(rebuild.facts().knowledge()), rules, today);
        return new Comparison(id, today, liveViews.size(), ViewDifferences.between(liveViews, rebuiltViews, json).stream()
                .map(difference -> new Difference(difference.view(), difference.path(), difference.expected(), difference.found())).toList());
    }

    /**
     * Readers onto a caught-up rebuild. The live writer stops first, so one writer is left; the rebuild then applies
     * everything the live writer had committed, readers get its knowledge in one swap, the live streams hear its
     * changes, and a restart opens it.
     */
    synchronized Rebuild.Status switchTo(String id) {
        Rebuild rebuild = find(id);
        if (rebuild.state() != Rebuild.State.CAUGHT_UP) {
            throw ApiProblem.conflict("rebuild", "rebuild " + id + " is " + rebuild.state().label()
                    + ": only a caught-up rebuild can be switched to");
        }
        Generation active = generations.active();
        Rebuild previous = writer;
        if (previous == null) {
            consumers.stop(ReadModelConfiguration.FACTS_PROJECTION);
        } else {
            previous.replay().close();
        }
        Map<TopicPartition, Long> committed = replays.committed(active.consumerGroup());
        awaitApplied(rebuild, committed);
        rebuild.facts().changes().forwardTo(readersChanges);
        live.switchTo(rebuild.facts().knowledge());
        Instant now = day.now();
        generations.activate(rebuild.generation().activeSince(now));
        rebuild.switched(now);
        writer = rebuild;
        log.info("Readers switched to rebuild {} (database {}); the former database {} is kept", id, rebuild.generation().database(),
                active.database());
        return rebuild.status();
    }

    private static void awaitApplied(Rebuild rebuild, Map<TopicPartition, Long> committed) {
        Instant until = Instant.now().plus(HANDOVER_WITHIN);
        while (!rebuild.replay().hasApplied(committed)) {
            if (Instant.now().isAfter(until) || rebuild.state() == Rebuild.State.FAILED) {
                throw new IllegalStateException("Rebuild " + rebuild.generation().id() + " did not reach the live group's offsets "
                        + committed + " within " + HANDOVER_WITHIN + " (it is at " + rebuild.replay().positions()
                        + "); the live writer is stopped: restart the service to resume on the active generation");
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while handing over to rebuild " + rebuild.generation().id(), e);
            }
        }
    }

    private Rebuild find(String id) {
        return Optional.ofNullable(rebuilds.get(id)).orElseThrow(() -> ApiProblem.notFound("rebuild",
                "no rebuild '" + id + "' since this instance started"));
    }

    @PreDestroy
    void close() {
        rebuilds.values().forEach(rebuild -> rebuild.replay().close());
    }
}
