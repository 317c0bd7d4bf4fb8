package cn.gov.qingyuan.plan.targets.seed;

import cn.gov.qingyuan.plan.contracts.EventMetadata;
import cn.gov.qingyuan.plan.targets.input.RowCommand;
import cn.gov.qingyuan.plan.targets.input.TargetSheets;
import cn.gov.qingyuan.plan.targets.sheet.Sheets;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.io.ClassPathResource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Puts the plan's citywide targets and the sample county split ({@code seed/plan-targets.csv}, the import format) into
 * the event store at start-up, through the same commands a planner's import sends. Every command is "only if absent":
 * the aggregate, keyed by the indicator code, records it only when that period has no target or split yet, so a
 * restart, a second instance starting at the same time, or a planner's own figures are never overwritten. When two
 * instances race for the same indicator, the loser's append fails on the store's unique sequence number and is retried,
 * and then finds the target present (Axon reports a lost race to create an aggregate as
 * {@code AggregateStreamCreationException}, to append to one as {@code ConcurrencyException}).
 * <p>
 * No person submits these: there is no token, hence no {@code Submitter}. The metadata is built here instead, with
 * {@code submittedBy = plan-seed}, the planner role (only planners set targets) and no organisation, so the history
 * still says who wrote every event. Runs before the service reports itself ready to take traffic.
 */
@Component
class PlanSeed {

    static final String SEED = "seed/plan-targets.csv";
    static final String SUBMITTED_BY = "plan-seed";
    private static final Logger log = LoggerFactory.getLogger(PlanSeed.class);
    private static final int ATTEMPTS = 5;

    private final CommandGateway commands;
    private final TargetSheets sheets;
    private final Clock clock;

    PlanSeed(CommandGateway commands, TargetSheets sheets, Clock clock) {
        this.commands = commands;
        this.sheets = sheets;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        seed();
    }

    /** Safe to run any number of times, also concurrently; answers how many commands it sent. */
    int seed() {
        TargetSheets.Parsed parsed = sheets.parse(Sheets.csv(read()), true);
        if (!parsed.errors().isEmpty()) {
            throw new IllegalStateException(SEED + " has bad rows, the service cannot start with it: " + parsed.errors());
        }
        MetaData metadata = metadata();
        for (RowCommand row : parsed.commands()) {
            send(row, metadata);
        }
        log.info("Plan targets seed checked: {} city targets and county splits in {}", parsed.commands().size(), SEED);
        return parsed.commands().size();
    }

    private void send(RowCommand row, MetaData metadata) {
        for (int attempt = 1; ; attempt++) {
            try {
                commands.sendAndWait(row.command(), metadata);
                return;
            } catch (ConcurrencyException | AggregateStreamCreationException anotherInstanceWroteFirst) {
                if (attempt == ATTEMPTS) {
                    throw anotherInstanceWroteFirst;
                }
            }
        }
    }

    private MetaData metadata() {
        return MetaData.from(Map.of(EventMetadata.SUBMITTED_BY, SUBMITTED_BY, EventMetadata.ROLE, "planner",
                EventMetadata.SUBMITTED_AT, clock.instant().toString(), EventMetadata.CORRELATION_ID, "plan-seed-" + UUID.randomUUID()));
    }

    private static String read() {
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SEED, e);
        }
    }
}
