package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.projection.EventEnvelope;
import cn.gov.qingyuan.plan.views.facts.FactChanges;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The Server-Sent Events streams of the views. Each applied event that changes a stream's view becomes one
 * {@code view-changed} event on it, naming its cause. The consumer thread only queues changes; a small pool computes
 * the changed rows, once for all changes queued on a stream meanwhile, and sends them, so a slow client or a burst
 * never holds up the projection.
 */
@Component
class LiveStreams {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);
    private static final long HEARTBEAT_SECONDS = 15;

    /** What a stream sends for the changes queued on it (never empty). */
    interface Payload extends Function<Set<String>, Object> {
    }

    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    private final ExecutorService senders = Executors.newFixedThreadPool(2, daemon("live-views"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("live-views-heartbeat"));

    LiveStreams(FactChanges changes, FigureRules rules, MeterRegistry meters) {
        changes.subscribe(change -> changed(new ViewChange(rules.indicatorsChangedBy(change), change)));
        heartbeat.scheduleAtFixedRate(this::beat, HEARTBEAT_SECONDS, HEARTBEAT_SECONDS, TimeUnit.SECONDS);
        meters.gaugeCollectionSize("plan.views.live.streams", List.of(), streams);
    }

    SseEmitter open(String view, String period, Predicate<ViewChange> matches, Payload payload) {
        SseEmitter emitter = new SseEmitter(0L);
        Stream stream = new Stream(view, period, emitter, matches, payload);
        emitter.onCompletion(() -> streams.remove(stream));
        emitter.onTimeout(() -> streams.remove(stream));
        emitter.onError(e -> streams.remove(stream));
        streams.add(stream);
        try {
            emitter.send(SseEmitter.event().name("ready").data(Map.of("view", view, "period", period), MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            streams.remove(stream);
        }
        return emitter;
    }

    private void changed(ViewChange change) {
        for (Stream stream : streams) {
            if (stream.matches.test(change)) {
                stream.pending.add(change);
                if (stream.scheduled.compareAndSet(false, true)) {
                    senders.execute(stream::flush);
                }
            }
        }
    }

    private void beat() {
        for (Stream stream : streams) {
            try {
                stream.emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                streams.remove(stream);
            }
        }
    }

    @PreDestroy
    void close() {
        heartbeat.shutdownNow();
        senders.shutdownNow();
        streams.forEach(stream -> stream.emitter.complete());
    }

    private final class Stream {
        private final String view;
        private final String period;
        private final SseEmitter emitter;
        private final Predicate<ViewChange> matches;
        private final Payload payload;
        private final ConcurrentLinkedQueue<ViewChange> pending = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean scheduled = new AtomicBoolean();

        Stream(String view, String period, SseEmitter emitter, Predicate<ViewChange> matches, Payload payload) {
            this.view = view;
            this.period = period;
            this.emitter = emitter;
            this.matches = matches;
            this.payload = payload;
        }

        void flush() {
            try {
                List<ViewChange> batch = new ArrayList<>();
                for (ViewChange change; (change = pending.poll()) != null; ) {
                    batch.add(change);
                }
                if (batch.isEmpty()) {
                    return;
                }
                Set<String> indicators = new LinkedHashSet<>();
                batch.forEach(change -> indicators.addAll(change.indicators()));
                Object rows = payload.apply(indicators);
                for (ViewChange change : batch) {
                    emitter.send(SseEmitter.event().name("view-changed")
                            .data(new Changed(view, period, Cause.of(change.facts().cause()), rows), MediaType.APPLICATION_JSON));
                }
            } catch (IOException | IllegalStateException e) {
                streams.remove(this);
            } catch (RuntimeException e) {
                log.warn("Live view {} {} could not be computed", view, period, e);
            } finally {
                scheduled.set(false);
                if (!pending.isEmpty() && scheduled.compareAndSet(false, true)) {
                    senders.execute(this::flush);
                }
            }
        }
    }

    /** The data of a {@code view-changed} event. */
    record Changed(String view, String period, Cause cause, Object rows) {
    }

    record Cause(String eventId, String type, String aggregateId, String correlationId, String submittedBy) {
        static Cause of(EventEnvelope envelope) {
            return new Cause(envelope.id(), envelope.type().cloudEventType(), envelope.aggregateId(), envelope.correlationId(),
                    envelope.submittedBy());
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
