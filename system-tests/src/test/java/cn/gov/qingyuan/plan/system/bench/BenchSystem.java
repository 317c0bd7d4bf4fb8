package cn.gov.qingyuan.plan.system.bench;

import cn.gov.qingyuan.plan.stack.EmbeddedStack;
import cn.gov.qingyuan.plan.stack.Infrastructure;
import cn.gov.qingyuan.plan.stack.LocalIssuer;
import cn.gov.qingyuan.plan.stack.ServiceCatalog;
import cn.gov.qingyuan.plan.stack.ServiceProcess;
import cn.gov.qingyuan.plan.stack.ServiceSpec;
import cn.gov.qingyuan.plan.stack.StackOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * What the benchmark runs against: the embedded stack in a fresh directory, and industrial-projects, target-views and
 * plan-targets as separate JVMs from their executable jars on free ports, as {@code make run} runs them. {@link #close} stops all of
 * it and deletes the directory; it is safe to call twice and from a shutdown hook.
 */
final class BenchSystem implements AutoCloseable {

    private static final Duration HEALTHY_WITHIN = Duration.ofMinutes(3);

    private final Path directory;
    private final Path logs;
    private final List<ServiceProcess> services = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile EmbeddedStack stack;
    private volatile LocalIssuer issuer;
    private volatile ServiceSpec projects;
    private volatile ServiceSpec views;
    private volatile ServiceSpec targets;

    BenchSystem(Path logs) {
        this.logs = logs;
        try {
            this.directory = Files.createTempDirectory("live-latency-benchmark-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void start(BenchSettings settings) {
        // A data directory makes the stack durable, as under make run (fsync on); null gives the tests' fast settings.
        stack = EmbeddedStack.start(settings.durable()
                ? new StackOptions(directory.resolve("stack"), 0, 0, 0, true, true, true)
                : StackOptions.ephemeral());
        issuer = LocalIssuer.loadOrCreate(directory.resolve("issuer"));
        Infrastructure infrastructure = Infrastructure.of(stack, issuer);
        projects = onFreePort(ServiceCatalog.INDUSTRIAL_PROJECTS);
        views = onFreePort(ServiceCatalog.TARGET_VIEWS);
        // The views take the plan's targets from plan-targets' topic, which it seeds at start-up; without it every row
        // would be NO_TARGET.
        targets = onFreePort(ServiceCatalog.PLAN_TARGETS);
        CompletableFuture.allOf(
                CompletableFuture.runAsync(() -> start(projects, infrastructure, settings.projectsEnv(), settings)),
                CompletableFuture.runAsync(() -> start(views, infrastructure, settings.viewsEnv(), settings)),
                CompletableFuture.runAsync(() -> start(targets, infrastructure, Map.of(), settings))).join();
    }

    private void start(ServiceSpec spec, Infrastructure infrastructure, Map<String, String> extra, BenchSettings settings) {
        Map<String, String> environment = new LinkedHashMap<>(spec.environment(infrastructure));
        environment.putAll(extra);
        ServiceProcess process = ServiceProcess.start(spec, spec.executableJar(settings.repositoryRoot()), environment,
                logs.resolve(spec.name() + ".log"));
        services.add(process);
        process.awaitHealthy(HEALTHY_WITHIN);
    }

    private static ServiceSpec onFreePort(ServiceSpec spec) {
        return spec.onPort(cn.gov.qingyuan.plan.stack.FreePorts.pickOne());
    }

    ServiceSpec projects() {
        return projects;
    }

    ServiceSpec views() {
        return views;
    }

    List<String> serviceNames() {
        return List.of(projects.name(), views.name(), targets.name());
    }

    String kafkaBootstrapServers() {
        return stack.kafkaBootstrapServers();
    }

    int postgresPort() {
        return URI.create(stack.postgresUrl().substring("jdbc:".length())).getPort();
    }

    String token(String subject, String role, String organisation) {
        return issuer.token(subject, role, organisation, Duration.ofHours(2));
    }

    Path logs() {
        return logs;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        services.parallelStream().forEach(ServiceProcess::close);
        if (stack != null) {
            stack.close();
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
