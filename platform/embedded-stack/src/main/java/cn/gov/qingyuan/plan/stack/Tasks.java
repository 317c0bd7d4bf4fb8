package cn.gov.qingyuan.plan.stack;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starting and stopping the servers side by side, each timed in the log. */
final class Tasks {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStack.class);

    private Tasks() {
    }

    static CompletableFuture<Void> timedStart(ExecutorService executor, String name, Callable<?> start) {
        return CompletableFuture.runAsync(() -> {
            long startedAt = System.nanoTime();
            try {
                start.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(name + " failed to start", e);
            }
            log.info("{} started in {}", name, since(startedAt));
        }, executor);
    }

    /** Never fails: one server that does not stop cleanly must not keep the others running. */
    static CompletableFuture<Void> timedStop(ExecutorService executor, String name, AutoCloseable server) {
        if (server == null) {
            return CompletableFuture.completedFuture(null);
        }
        return CompletableFuture.runAsync(() -> {
            long startedAt = System.nanoTime();
            try {
                server.close();
                log.info("{} stopped in {}", name, since(startedAt));
            } catch (Exception e) {
                log.error("{} did not stop cleanly", name, e);
            }
        }, executor);
    }

    static String since(long startedAt) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startedAt);
        return String.format("%d.%03d s", elapsed.toSeconds(), elapsed.toMillisPart());
    }

    /** Daemon threads: a pool left behind by a failed start must not keep the JVM alive. */
    static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
