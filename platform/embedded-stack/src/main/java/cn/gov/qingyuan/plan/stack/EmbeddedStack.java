package cn.gov.qingyuan.plan.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kafka, PostgreSQL and the MongoDB stand-in, started in this JVM (PostgreSQL as a child process) for {@code make run}
 * and for tests, without Docker.
 */
public final class EmbeddedStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStack.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final StackOptions options;
    private final Path dataDirectory;
    private final DirectoryLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::closeOnShutdown, "embedded-stack-shutdown");
    private final java.util.List<Runnable> beforeClose = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile KafkaBroker kafka;
    private volatile PostgresServer postgres;
    private volatile MongoStandIn mongo;
    private volatile CompletableFuture<Void> startup = CompletableFuture.completedFuture(null);

    private EmbeddedStack(StackOptions options, Path dataDirectory, DirectoryLock lock) {
        this.options = options;
        this.dataDirectory = dataDirectory;
        this.lock = lock;
    }

    /** Starts the requested servers in parallel and returns once all of them accept connections. */
    public static EmbeddedStack start(StackOptions options) {
        Objects.requireNonNull(options, "options");
        QuietLogging.apply();
        Path dataDirectory = options.isEphemeral() ? Directories.createTemp() : Directories.create(options.dataDirectory());
        EmbeddedStack stack = new EmbeddedStack(options, dataDirectory, DirectoryLock.acquire(dataDirectory));
        // Without the hook a JVM stopped before close() (Ctrl+C, also during a slow start; a test JVM that never
        // closes its stack) would leave PostgreSQL running and the temporary directory behind.
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        long startedAt = System.nanoTime();
        try {
            stack.startServers();
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        log.info("Embedded stack up in {} ({}): {}", Tasks.since(startedAt),
                options.isEphemeral() ? "ephemeral" : "data in " + dataDirectory, stack.describe());
        return stack;
    }

    private void startServers() {
        ExecutorService executor = Executors.newFixedThreadPool(3, Tasks.daemonThreads("embedded-stack-start"));
        try {
            List<CompletableFuture<?>> starts = new ArrayList<>();
            if (options.startKafka()) {
                starts.add(Tasks.timedStart(executor, "Kafka", () -> kafka = startKafka()));
            }
            if (options.startPostgres()) {
                starts.add(Tasks.timedStart(executor, "PostgreSQL", () -> postgres = startPostgres()));
            }
            if (options.startMongo()) {
                starts.add(Tasks.timedStart(executor, "MongoDB stand-in", () -> mongo = startMongo()));
            }
            startup = CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new));
            // Wait for every start, failed or not, so that close() sees all servers that did come up.
            RuntimeException failure = null;
            for (CompletableFuture<?> start : starts) {
                try {
                    start.join();
                } catch (CompletionException e) {
                    RuntimeException cause = new IllegalStateException("embedded stack failed to start", e.getCause());
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } finally {
            executor.shutdown();
        }
    }

    private KafkaBroker startKafka() {
        int port = options.kafkaPort();
        int controllerPort = port + 1;
        if (port == 0) {
            int[] ports = FreePorts.pick(2);
            port = ports[0];
            controllerPort = ports[1];
        }
        FreePorts.requireFree(port, "Kafka");
        FreePorts.requireFree(controllerPort, "Kafka's controller");
        return KafkaBroker.start(dataDirectory.resolve("kafka"), port, controllerPort);
    }

    private PostgresServer startPostgres() throws Exception {
        return PostgresServer.start(dataDirectory.resolve("postgres"), options.postgresPort(), !options.isEphemeral());
    }

    private MongoStandIn startMongo() {
        Path storeFile = options.isEphemeral() ? null : dataDirectory.resolve("mongo").resolve("mongo.mv");
        return MongoStandIn.start(storeFile, options.mongoPort());
    }

    /** "127.0.0.1:port", for {@code bootstrap.servers}. */
    public String kafkaBootstrapServers() {
        return running(kafka, "Kafka").bootstrapServers();
    }

    /** The JDBC URL of the {@code qingyuan} database. */
    public String postgresUrl() {
        return running(postgres, "PostgreSQL").jdbcUrl();
    }

    public String postgresUser() {
        running(postgres, "PostgreSQL");
        return PostgresServer.USER;
    }

    public String postgresPassword() {
        running(postgres, "PostgreSQL");
        return PostgresServer.PASSWORD;
    }

    /** "mongodb://127.0.0.1:port", without a database name: each service picks its own. */
    public String mongoUri() {
        return running(mongo, "MongoDB stand-in").uri();
    }

    Path dataDirectory() {
        return dataDirectory;
    }

    private <T> T running(T server, String name) {
        if (closed.get()) {
            throw new IllegalStateException("the embedded stack is closed");
        }
        if (server == null) {
            throw new IllegalStateException(name + " was not started");
        }
        return server;
    }

    /**
     * Runs {@code action} when the stack closes, before any server stops, also when the JVM is shutting down:
     * the launcher stops the services there, so that none of them loses its stores while it drains.
     */
    void beforeClose(Runnable action) {
        beforeClose.add(action);
    }

    /**
     * Stops all servers in parallel: Kafka with a controlled shutdown, the MongoDB stand-in after flushing its H2
     * file, PostgreSQL through pg_ctl. Then deletes the temporary directory of an ephemeral stack. Idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        removeShutdownHook();
        awaitStartup();
        for (Runnable action : beforeClose) {
            try {
                action.run();
            } catch (RuntimeException e) {
                log.warn("A step before stopping the embedded stack failed", e);
            }
        }
        long startedAt = System.nanoTime();
        ExecutorService executor = Executors.newFixedThreadPool(3, Tasks.daemonThreads("embedded-stack-stop"));
        try {
            CompletableFuture.allOf(
                    Tasks.timedStop(executor, "Kafka", kafka),
                    Tasks.timedStop(executor, "PostgreSQL", postgres),
                    Tasks.timedStop(executor, "MongoDB stand-in", mongo)).get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // A broker whose controller is gone waits minutes for a controlled-shutdown answer; don't hang the caller.
            log.error("Embedded stack did not stop within {}; leaving the rest to the JVM's exit", STOP_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            executor.shutdown();
        }
        lock.close();
        if (options.isEphemeral()) {
            try {
                Directories.deleteRecursively(dataDirectory);
            } catch (Exception e) {
                log.warn("Could not delete {}", dataDirectory, e);
            }
        }
        log.info("Embedded stack stopped in {}", Tasks.since(startedAt));
    }

    /** A server still starting when the JVM is stopped would otherwise come up after close() and outlive the JVM. */
    private void awaitStartup() {
        try {
            startup.handle((ignored, failure) -> null).get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            log.warn("Still starting after {}; stopping what is up", STARTUP_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeOnShutdown() {
        try {
            close();
        } catch (RuntimeException e) {
            log.error("Embedded stack did not stop cleanly", e);
        }
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down, possibly in this very hook.
        }
    }

    private String describe() {
        return Stream.of(kafka == null ? null : "kafka=" + kafka.bootstrapServers(), postgres == null ? null : "postgres=" + postgres.jdbcUrl(),
                mongo == null ? null : "mongo=" + mongo.uri()).filter(Objects::nonNull).collect(Collectors.joining(", "));
    }
}
