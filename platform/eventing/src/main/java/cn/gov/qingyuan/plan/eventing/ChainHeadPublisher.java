package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.ChainHead;
import cn.gov.qingyuan.plan.contracts.Topics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the service's chain head to {@link Topics#CHAIN_HEADS} at start and then every interval when it has moved,
 * as a CloudEvent of type {@value #TYPE} keyed by the service: a record of what the history was, kept outside the
 * service's own database, that a later walk must extend. A failed send is logged and tried again at the next tick.
 */
final class ChainHeadPublisher implements SmartLifecycle {

    static final String TYPE = "cn.gov.qingyuan.plan.audit.chain-head.v1";
    private static final Logger log = LoggerFactory.getLogger(ChainHeadPublisher.class);

    private final ChainHistory history;
    private final KafkaTemplate<String, CloudEvent> kafka;
    private final ObjectMapper json;
    private final URI source;
    private final Duration interval;
    private ScheduledExecutorService ticks;
    private volatile ChainHead published;

    ChainHeadPublisher(ChainHistory history, KafkaTemplate<String, CloudEvent> kafka, ObjectMapper json, URI source, Duration interval) {
        this.history = history;
        this.kafka = kafka;
        this.json = json;
        this.source = source;
        this.interval = interval;
    }

    /** Publishes the head if it moved since the last one published; waits for the broker's acknowledgement. */
    void publishIfMoved() {
        ChainHead head = history.head();
        ChainHead last = published;
        if (last != null && last.position() == head.position() && last.link().equals(head.link())) {
            return;
        }
        try {
            CloudEvent event = CloudEventBuilder.v1().withId(head.service() + ":" + head.position() + ":" + head.link().substring(0, 16))
                    .withSource(source).withType(TYPE).withTime(head.at().atOffset(ZoneOffset.UTC)).withSubject(head.service())
                    .withDataContentType("application/json").withData(json.writeValueAsBytes(head)).build();
            kafka.send(Topics.CHAIN_HEADS, head.service(), event).get(30, TimeUnit.SECONDS);
            published = head;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chain head is always JSON", e);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            log.warn("could not publish the chain head {} to {}: {}; trying again in {}", head.held(), Topics.CHAIN_HEADS, e.toString(), interval);
        }
    }

    @Override
    public synchronized void start() {
        ticks = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "chain-head-publisher");
            thread.setDaemon(true);
            return thread;
        });
        ticks.scheduleWithFixedDelay(() -> {
            try {
                publishIfMoved();
            } catch (RuntimeException e) {
                log.warn("could not read the chain head: {}", e.toString());
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (ticks != null) {
            ticks.shutdownNow();
            ticks = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return ticks != null;
    }
}
