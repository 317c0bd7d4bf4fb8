package cn.gov.qingyuan.plan.eventing;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes every event committed to the event store to the service's Kafka topic. It runs in a tracking
 * processor that reads the store, so an event reaches Kafka even if the broker was down when it was
 * committed. Sends of one batch run concurrently and are awaited before the batch commits its token: a
 * failed or timed-out send fails the batch, the token stays put, and the processor retries it. Delivery is
 * therefore at least once; consumers deduplicate on the CloudEvents id.
 */
class KafkaEventPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";
    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pending";
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaTemplate<String, CloudEvent> kafka;
    private final CloudEventMapper mapper;
    private final ChainLinks links;
    private final Counter published;

    KafkaEventPublisher(KafkaTemplate<String, CloudEvent> kafka, CloudEventMapper mapper, ChainLinks links, MeterRegistry meters) {
        this.kafka = kafka;
        this.mapper = mapper;
        this.links = links;
        this.published = Counter.builder("plan.events.published").description("Events published from the event store to Kafka")
                .register(meters);
    }

    @EventHandler
    void publish(Object payload, EventMessage<?> event) {
        CompletableFuture<?> sent = kafka.send(mapper.toRecord(event, links.of(event.getIdentifier())));
        if (CurrentUnitOfWork.isStarted()) {
            pendingSendsOfBatch().add(sent);
        } else {
            await(List.of(sent));
        }
    }

    private List<CompletableFuture<?>> pendingSendsOfBatch() {
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        return batch.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> pending = new ArrayList<>();
            batch.onPrepareCommit(unitOfWork -> await(pending));
            return pending;
        });
    }

    private void await(List<CompletableFuture<?>> pending) {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            published.increment(pending.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaPublicationFailed("Interrupted while publishing to Kafka", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaPublicationFailed("Kafka did not acknowledge the batch; it will be retried from the event store", e);
        }
    }

    static class KafkaPublicationFailed extends RuntimeException {
        KafkaPublicationFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
