package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.projection.EventEnvelope;
import cn.gov.qingyuan.plan.views.facts.FactChanges;
import cn.gov.qingyuan.plan.views.figures.FigureRules;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
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
 * {@code view-changed} event on it, naming its cause (its submitter only to an auditor). The consumer thread only queues
 * changes; a small pool computes the changed rows, once for all changes queued on a stream meanwhile, and sends them, so
 * a slow client or a burst never holds up the projection.
 * <p>
 * Streams are bounded ({@code plan.views.streams.*}): one that has sent no event for the idle timeout is completed
 * (keep-alive comments are not events), and each token subject, and the service in all, may hold only so many open
 * ({@link StreamPermits}); a closed connection is noticed, and its place freed, at the next keep-alive, or when a stream
 * beyond a cap is asked for.
 */
@Component
class LiveStreams {

    private static final Logger log = LoggerFactory.getLogger(LiveStreams.class);
    private static final Duration SHORTEST_SWEEP = Duration.ofMillis(100);

    /** What a stream sends for the changes queued on it (never empty). */
    interface Payload extends Function<Set<String>, Object> {
    }

    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    private final ExecutorService senders = Executors.newFixedThreadPool(2, daemon("live-views"));
    private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(daemon("live-views-heartbeat"));
    private final StreamPermits permits;
    private final long idleNanos;

    LiveStreams(FactChanges changes, FigureRules rules, MeterRegistry meters,
                @Value("${plan.views.streams.idle-timeout:PT30M}") Duration idleTimeout,
                @Value("${plan.views.streams.heartbeat:PT15S}") Duration keepAlive,
                @Value("${plan.views.streams.per-subject:4}") int perSubject,
                @Value("${plan.views.streams.total:200}") int total) {
        this.permits = new StreamPermits(perSubject, total);
        this.idleNanos = idleTimeout.toNanos();
        changes.subscribe(change -> changed(new ViewChange(rules.indicatorsChangedBy(change), change)));
        heartbeat.scheduleAtFixedRate(this::beat, keepAlive.toMillis(), keepAlive.toMillis(), TimeUnit.MILLISECONDS);
        long sweep = Math.max(SHORTEST_SWEEP.toMillis(), Math.min(keepAlive.toMillis(), idleTimeout.toMillis() / 4));
        heartbeat.scheduleAtFixedRate(this::closeIdle, sweep, sweep, TimeUnit.MILLISECONDS);
        meters.gaugeCollectionSize("plan.views.live.streams", List.of(), streams);
    }

    /** Opens a stream for {@code reader}, or refuses it (429) when the reader's subject or the service is at its cap. */
    SseEmitter open(Reader reader, String view, String period, Predicate<ViewChange> matches, Payload payload) {
        StreamPermits.Permit permit;
        try {
            permit = permits.acquire(reader.subject());
        } catch (StreamPermits.Refused refused) {
            // A client that went away (a dashboard switching views) is noticed only by a write: try each stream that holds
            // the place once, now. A connection closed just before may take one more write; the Retry-After try makes it.
            probe(refused.bySubject() ? reader.subject() : null);
            permit = permits.acquire(reader.subject());
        }
        SseEmitter emitter = new SseEmitter(0L);
        Stream stream = new Stream(view, period, emitter, matches, payload, reader.seesSubmitters(), permit);
        emitter.onCompletion(stream::gone);
        emitter.onTimeout(stream::gone);
        emitter.onError(e -> stream.gone());
        streams.add(stream);
        try {
            stream.send(SseEmitter.event().name("ready").data(Map.of("view", view, "period", period), MediaType.APPLICATION_JSON));
        } catch (IOException e) {
            stream.gone();
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
                stream.gone();
            }
        }
    }

    /** Writes a keep-alive to the streams of {@code subject} (null: every stream), letting go of those whose client is gone. */
    private void probe(String subject) {
        for (Stream stream : streams) {
            if (subject == null || subject.equals(stream.permit.subject())) {
                try {
                    stream.emitter.send(SseEmitter.event().comment("keep-alive"));
                } catch (IOException | IllegalStateException e) {
                    stream.gone();
                }
            }
        }
    }

    /** Completes the streams that have sent no event for the idle timeout. */
    private void closeIdle() {
        long now = System.nanoTime();
        for (Stream stream : streams) {
            if (now - stream.lastEvent >= idleNanos) {
                stream.gone();
                try {
                    stream.emitter.complete();
                } catch (RuntimeException e) {
                    // Already completed or failed: it is gone all the same.
                }
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
        private final boolean showsSubmitters;
        private final StreamPermits.Permit permit;
        /** When the stream last sent an event ({@link System#nanoTime()}); keep-alive comments do not count. */
        private volatile long lastEvent = System.nanoTime();

        Stream(String view, String period, SseEmitter emitter, Predicate<ViewChange> matches, Payload payload, boolean showsSubmitters,
               StreamPermits.Permit permit) {
            this.view = view;
            this.period = period;
            this.emitter = emitter;
            this.matches = matches;
            this.payload = payload;
            this.showsSubmitters = showsSubmitters;
            this.permit = permit;
        }

        void send(SseEmitter.SseEventBuilder event) throws IOException {
            emitter.send(event);
            lastEvent = System.nanoTime();
        }

        /** No longer sent to: completed, timed out, failed, idle or its client gone. Frees its place under the caps. */
        void gone() {
            streams.remove(this);
            permit.release();
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
                    send(SseEmitter.event().name("view-changed").data(new Changed(view, period,
                            Cause.of(change.facts().cause(), showsSubmitters), rows), MediaType.APPLICATION_JSON));
                }
            } catch (IOException | IllegalStateException e) {
                gone();
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

    /** @param submittedBy the submitter's token subject, only on an auditor's stream; left out on everyone else's */
    record Cause(String eventId, String type, String aggregateId, String correlationId,
                 @JsonInclude(JsonInclude.Include.NON_NULL) String submittedBy) {
        static Cause of(EventEnvelope envelope, boolean showsSubmitter) {
            return new Cause(envelope.id(), envelope.type().cloudEventType(), envelope.aggregateId(), envelope.correlationId(),
                    showsSubmitter ? envelope.submittedBy() : null);
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
