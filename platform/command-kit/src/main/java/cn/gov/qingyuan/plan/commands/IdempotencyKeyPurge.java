package cn.gov.qingyuan.plan.commands;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Forgets idempotency keys older than the retention, at start and then every interval, on one daemon thread. */
final class IdempotencyKeyPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeyPurge.class);

    private final IdempotentRequests keys;
    private final Duration retention;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    IdempotencyKeyPurge(IdempotentRequests keys, Duration retention, Duration interval) {
        this.keys = keys;
        this.retention = retention;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-key-purge");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::purge, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void purge() {
        try {
            int forgotten = keys.purge(retention);
            if (forgotten > 0) {
                log.info("Forgot {} idempotency keys older than {}", forgotten, retention);
            }
        } catch (RuntimeException e) {
            // PostgreSQL away for a moment: the next round tries again, and a kept key only means a retry is still a replay.
            log.warn("Could not purge idempotency keys: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
