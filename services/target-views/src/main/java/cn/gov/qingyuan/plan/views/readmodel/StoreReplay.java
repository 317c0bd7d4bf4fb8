package cn.gov.qingyuan.plan.views.readmodel;

import cn.gov.qingyuan.plan.contracts.ChainedEvent;
import cn.gov.qingyuan.plan.projection.EventHandlers;
import cn.gov.qingyuan.plan.projection.Projection;
import cn.gov.qingyuan.plan.projection.ReplayConsumer;
import cn.gov.qingyuan.plan.views.stores.ServiceChains;
import cn.gov.qingyuan.plan.views.stores.StoredEvents;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A rebuild's events from the command services' stores, the authority, rather than from the start of the topics: each
 * service's events as stored ({@code GET /api/audit/chain}, asked with the operator's token), their chain walked link by
 * link as they arrive, through the live projection's handlers. A broken chain fails the rebuild, naming where. Then the
 * replay follows the topics from where they ended when it started, so a rebuild needs no Kafka retention.
 */
final class StoreReplay implements ReplayConsumer.Prelude {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final int FLUSH_EVERY = 1_000;

    private final ServiceChains chains;
    private final String authorization;

    StoreReplay(ServiceChains chains, String authorization) {
        this.chains = chains;
        this.authorization = authorization;
    }

    @Override
    public long expected() {
        return chains.services().keySet().stream().mapToLong(service -> chains.head(service, authorization).position()).sum();
    }

    @Override
    public void applyTo(Projection projection, Applied applied) {
        EventHandlers handlers = projection.handlers();
        Instant until = Instant.now();
        for (String service : chains.services().keySet()) {
            StoredEvents.ChainWalk walk = new StoredEvents.ChainWalk();
            try (InputStream stream = chains.events(service, until, authorization);
                 BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8), 1 << 16)) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    ChainedEvent event = JSON.readValue(line, ChainedEvent.class);
                    String broken = walk.next(event);
                    if (broken != null) {
                        throw new IllegalStateException(service + "'s event chain is broken at " + broken
                                + ": its store was altered (GET /api/audit/integrity on it says how); rebuild from Kafka instead (source=kafka)");
                    }
                    StoredEvents.decode(event).ifPresent(decoded -> handlers.handle(decoded.payload(), decoded.envelope()));
                    applied.event(event.aggregateId(), event.sequence());
                    if (walk.position() % FLUSH_EVERY == 0) {
                        projection.flush();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + service + "'s events: " + e.getMessage(), e);
            }
        }
    }
}
