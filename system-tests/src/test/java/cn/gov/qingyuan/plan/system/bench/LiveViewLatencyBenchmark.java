package cn.gov.qingyuan.plan.system.bench;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.Topics;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.ToLongFunction;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How quickly a submission shows on a view's live stream: the time from an investment report's 2xx answer to the
 * {@code view-changed} event that names its correlation id, at a fixed rate of submissions on an open-loop schedule
 * (each request is sent at its scheduled time, whether or not earlier ones were answered), on the embedded default.
 * It prints the figures; it asserts nothing. Run it with {@code make bench-live}; settings in {@link BenchSettings}.
 */
public final class LiveViewLatencyBenchmark {

    private static final long GOAL_P99_MILLIS = 250;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PAUSE_BEFORE_WARM_UP = Duration.ofSeconds(2);
    private static final int REGISTRATIONS_IN_FLIGHT = 16;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** target-views' projections consume in groups named {@code target-views.<projection>}. */
    private static final String VIEWS_CONSUMER_GROUPS = "target-views.";

    private final BenchSettings settings;
    private final BenchSystem system;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** By the benchmark's own reference, which the events carry as the client's reference (Kafka's trace reads it). */
    private final Map<String, Submission> byCorrelationId = new ConcurrentHashMap<>();
    /** By the correlation id the server issued, which the stream's view-changed events carry; filled as answers come. */
    private final Map<String, Submission> byServerId = new ConcurrentHashMap<>();
    /** Stream events whose submission's answer had not been read yet, by the server's id: when they arrived. */
    private final Map<String, Long> earlyArrivals = new ConcurrentHashMap<>();
    private final AtomicLong unknownEvents = new AtomicLong();
    private final AtomicLong duplicateEvents = new AtomicLong();
    /** The first answer's body of each error status, to say what the errors were. */
    private final Map<Integer, String> errorSamples = new ConcurrentHashMap<>();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    /** Epoch nanoseconds minus {@link System#nanoTime()}, to place the broker's record times on the benchmark's clock. */
    private final long epochOffsetNanos;
    private volatile ViewStream stream;
    private volatile KafkaTrace trace;
    private volatile CpuAccounting cpu;
    private volatile CpuAccounting.Snapshot cpuAtStart;
    private volatile CpuAccounting.Snapshot cpuAtEnd;
    private volatile String loadBefore;
    private volatile String loadAtStart;
    private volatile String loadAtEnd;

    private LiveViewLatencyBenchmark(BenchSettings settings, Path logs) {
        this.settings = settings;
        this.system = new BenchSystem(logs);
        Instant now = Instant.now();
        this.epochOffsetNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano() - System.nanoTime();
    }

    public static void main(String[] args) throws IOException {
        // As the launcher does: the stack's broker and MongoDB stand-in log at WARN, to the console.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-embedded-stack.xml");
        }
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Path logs = Files.createDirectories(Path.of("target", "bench-logs",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))).toAbsolutePath();
        LiveViewLatencyBenchmark benchmark = new LiveViewLatencyBenchmark(settings, logs);
        // Ctrl+C or a kill must not leave PostgreSQL or the service JVMs behind.
        Runtime.getRuntime().addShutdownHook(new Thread(benchmark::stop, "live-latency-benchmark-stop"));
        int exitCode = 0;
        try {
            benchmark.run();
        } catch (Throwable e) {
            System.out.flush();
            System.err.println("The benchmark failed: " + e);
            e.printStackTrace();
            System.err.println("Service logs: " + logs);
            exitCode = 1;
        } finally {
            benchmark.stop();
        }
        System.exit(exitCode);
    }

    private void run() throws InterruptedException {
        loadBefore = CpuAccounting.loadAverage();
        printSetting();
        long startedAt = System.nanoTime();
        system.start(settings);
        say("stack and services up in %.1f s; service logs in %s", seconds(System.nanoTime() - startedAt), system.logs());

        cpu = new CpuAccounting(system.serviceNames(), system.postgresPort());
        List<Project> projects = registerProjects();
        if (settings.watchesStream()) {
            String monitor = system.token("bench.monitor", "monitor", null);
            URI streamUri = URI.create(system.views().url("/api/views/" + settings.view() + "/stream?period=" + settings.period()));
            stream = ViewStream.open(streamUri, monitor, Duration.ofSeconds(30), this::onViewChanged);
            say("stream open: %s", streamUri);
        }
        if (settings.trace()) {
            trace = new KafkaTrace(system.kafkaBootstrapServers(), Topics.INDUSTRIAL_PROJECTS, byCorrelationId::get);
        }
        awaitProjectionsCaughtUp();

        List<Submission> schedule = drive(projects);
        awaitAnswers(schedule);
        awaitStreamEvents(schedule);
        if (stream != null && stream.failure() != null) {
            say("WARNING: the stream failed during the run: %s", stream.failure());
        }
        report(schedule);
        saveMetrics();
    }

    private record Project(String id, County county, String token) {
    }

    /** Enough projects that each reports at most {@code monthsPerProject} months: one report per project and month. */
    private List<Project> registerProjects() throws InterruptedException {
        int count = settings.projects();
        long startedAt = System.nanoTime();
        Map<County, String> reporters = new TreeMap<>();
        for (County county : County.values()) {
            reporters.put(county, system.token("bench.reporter@" + county.code(), "reporter", "county:" + county.code()));
        }
        Semaphore inFlight = new Semaphore(REGISTRATIONS_IN_FLIGHT);
        List<CompletableFuture<Project>> registrations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            County county = County.values()[i % County.values().length];
            String token = reporters.get(county);
            String body = String.format(Locale.ROOT, "{\"enterprise\":\"Benchmark Enterprise %d\",\"county\":\"%s\",\"industry\":\"benchmark\","
                    + "\"plannedInvestmentWanYuan\":50000,\"advancedManufacturing\":false,\"highTech\":false}", i, county.code());
            HttpRequest request = HttpRequest.newBuilder(URI.create(system.projects().url("/api/projects"))).timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("X-Client-Reference", "bench-" + runId + "-register-" + i)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            inFlight.acquire();
            registrations.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> inFlight.release())
                    .thenApply(response -> {
                        if (response.statusCode() != 201) {
                            throw new IllegalStateException("Registering a project answered " + response.statusCode() + ": " + response.body());
                        }
                        try {
                            return new Project(JSON.readTree(response.body()).get("projectId").asText(), county, token);
                        } catch (IOException e) {
                            throw new IllegalStateException("Unreadable registration receipt: " + response.body(), e);
                        }
                    }));
        }
        List<Project> projects = registrations.stream().map(CompletableFuture::join).toList();
        say("registered %d projects in %.1f s (%d reports each at most)", count, seconds(System.nanoTime() - startedAt),
                settings.monthsPerProject());
        return projects;
    }

    /**
     * Lets every projection of target-views consume the registrations before the warm-up starts, so that they are not
     * part of it (registrations change no view, so the stream cannot tell).
     */
    private void awaitProjectionsCaughtUp() {
        long startedAt = System.nanoTime();
        long deadline = startedAt + Duration.ofSeconds(180).toNanos();
        long backlog;
        while ((backlog = KafkaTrace.backlog(system.kafkaBootstrapServers(), Topics.INDUSTRIAL_PROJECTS, VIEWS_CONSUMER_GROUPS)) != 0
                && System.nanoTime() < deadline) {
            sleep(500);
        }
        say("target-views caught up with the registrations in %.1f s (backlog %d)%s", seconds(System.nanoTime() - startedAt), backlog,
                stream == null ? "" : String.format(Locale.ROOT, "; %d view-changed events so far", stream.viewChangedEvents()));
        sleep(PAUSE_BEFORE_WARM_UP.toMillis());
    }

    /**
     * The open-loop schedule: submission i is due at start + i / rate, is sent then even if earlier ones are still
     * unanswered, and goes to project i mod P for month i div P, so no project-month is reported twice and one
     * project's reports are P / rate seconds apart.
     */
    private List<Submission> drive(List<Project> projects) {
        int total = settings.totalSubmissions();
        int warmUp = settings.warmUpSubmissions();
        double intervalNanos = 1e9 / settings.rate();
        List<Submission> schedule = new ArrayList<>(total);
        say("warm-up: %d s at %d/s, then %d s measured ...", settings.warmUp().toSeconds(), settings.rate(), settings.duration().toSeconds());
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            Project project = projects.get(i % projects.size());
            YearMonth month = YearMonth.of(2015, 1).plusMonths(i / projects.size());
            long due = start + (long) (i * intervalNanos);
            Submission submission = new Submission(i, "bench-" + runId + "-" + i, i >= warmUp, due);
            byCorrelationId.put(submission.correlationId, submission);
            schedule.add(submission);
            HttpRequest request = HttpRequest.newBuilder(URI.create(system.projects().url("/api/projects/" + project.id() + "/investment-reports")))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + project.token()).header("Content-Type", "application/json")
                    .header("X-Client-Reference", submission.correlationId)
                    .POST(HttpRequest.BodyPublishers.ofString(String.format(Locale.ROOT, "{\"period\":\"%s\",\"amountWanYuan\":%d.%02d}",
                            month, 100 + i % 900, i % 100)))
                    .build();
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            submission.sentNanos = System.nanoTime();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                long now = System.nanoTime();
                if (error != null) {
                    Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                    submission.failure = cause.getClass().getSimpleName();
                } else {
                    submission.status = response.statusCode();
                    response.headers().firstValue("X-Correlation-Id").ifPresent(id -> answered(id, submission));
                    if (!submission.accepted()) {
                        errorSamples.computeIfAbsent(response.statusCode(), status -> response.body());
                    }
                }
                submission.responseNanos = now;
            });
            if (i == warmUp) {
                cpuAtStart = cpu.snapshot();
                loadAtStart = CpuAccounting.loadAverage();
                say("measuring ...");
            }
        }
        cpuAtEnd = cpu.snapshot();
        loadAtEnd = CpuAccounting.loadAverage();
        say("schedule done: %d submissions sent", total);
        return schedule;
    }

    private void awaitAnswers(List<Submission> schedule) {
        long deadline = System.nanoTime() + REQUEST_TIMEOUT.plusSeconds(5).toNanos();
        while (System.nanoTime() < deadline && schedule.stream().anyMatch(s -> !s.answered())) {
            sleep(50);
        }
    }

    private void awaitStreamEvents(List<Submission> schedule) {
        long deadline = System.nanoTime() + settings.grace().toNanos();
        Predicate<Submission> outstanding = settings.watchesStream()
                ? s -> s.measured && s.accepted() && !s.seenOnStream()
                : s -> s.measured && s.accepted() && s.kafkaReadNanos == 0;
        while (System.nanoTime() < deadline && schedule.stream().anyMatch(outstanding)) {
            sleep(50);
        }
    }

    private synchronized void answered(String serverId, Submission submission) {
        byServerId.put(serverId, submission);
        Long arrived = earlyArrivals.remove(serverId);
        if (arrived != null) {
            submission.streamNanos = arrived;
        }
    }

    private synchronized void onViewChanged(String correlationId, long arrivedNanos) {
        Submission submission = correlationId == null ? null : byServerId.get(correlationId);
        if (submission == null) {
            if (correlationId == null || earlyArrivals.putIfAbsent(correlationId, arrivedNanos) != null) {
                unknownEvents.incrementAndGet();
            }
        } else if (submission.streamNanos != 0) {
            duplicateEvents.incrementAndGet();
        } else {
            submission.streamNanos = arrivedNanos;
        }
    }

    private void report(List<Submission> schedule) {
        List<Submission> measured = schedule.stream().filter(s -> s.measured).toList();
        List<Submission> accepted = measured.stream().filter(Submission::accepted).toList();
        List<Submission> onStream = accepted.stream().filter(Submission::seenOnStream).toList();
        Map<String, Long> errors = measured.stream().filter(s -> !s.accepted())
                .collect(Collectors.groupingBy(s -> !s.answered() ? "no answer" : s.status == 0 ? s.failure : "HTTP " + s.status,
                        TreeMap::new, Collectors.counting()));
        long firstSent = measured.get(0).sentNanos;
        long lastSent = measured.get(measured.size() - 1).sentNanos;
        double achievedRate = measured.size() > 1 ? (measured.size() - 1) / seconds(lastSent - firstSent) : 0;
        Latencies schedulerLag = latencies(measured, s -> s.sentNanos - s.scheduledNanos);
        long negative = onStream.stream().filter(s -> s.streamNanos < s.responseNanos).count();
        Latencies toStream = latencies(onStream, s -> Math.max(0, s.streamNanos - s.responseNanos));

        StringBuilder out = new StringBuilder("\n=== Live view latency: results ===\n");
        line(out, "machine", "%d cores (availableProcessors), %s; Java %s", Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.version"));
        line(out, "measured", "%d s at %d/s after a %d s warm-up (%s)", settings.duration().toSeconds(), settings.rate(),
                settings.warmUp().toSeconds(), Instant.now().toString().substring(0, 19) + "Z");
        line(out, "load average (1 min)", "%s before the stack started, %s when measuring began, %s at its end", loadBefore,
                loadAtStart, loadAtEnd);
        line(out, "submissions sent", "%d", measured.size());
        line(out, "2xx", "%d", accepted.size());
        line(out, "errors by status", "%s", errors.isEmpty() ? "none" : errors.toString());
        errorSamples.forEach((status, body) -> line(out, "  first HTTP " + status, "%s",
                body.length() > 240 ? body.substring(0, 240) + "..." : body));
        line(out, "achieved rate", "%.1f/s (scheduler lag p99 %s ms, max %s ms)", achievedRate,
                Latencies.ms(schedulerLag.percentileNanos(99)), Latencies.ms(schedulerLag.percentileNanos(100)));
        line(out, "events seen on the stream", "%d of %d accepted (other view-changed events: %d, duplicates: %d)", onStream.size(),
                accepted.size(), unknownEvents.get() + earlyArrivals.size(), duplicateEvents.get());
        line(out, "events missing after grace", "%d (grace %d s)", accepted.size() - onStream.size(), settings.grace().toSeconds());
        line(out, "negative latencies", "%d (event read before the 2xx; counted as 0 ms)", negative);
        out.append('\n').append(Latencies.HEADER).append('\n');
        out.append(toStream.row("2xx -> view-changed on the stream")).append('\n');
        out.append(latencies(accepted, s -> s.responseNanos - s.sentNanos).row("send -> 2xx")).append('\n');
        out.append(latencies(accepted, s -> s.responseNanos - s.scheduledNanos).row("scheduled send -> 2xx (open loop)")).append('\n');
        out.append(latencies(onStream, s -> s.streamNanos - s.scheduledNanos).row("scheduled send -> stream event")).append('\n');
        if (settings.trace() && !settings.watchesStream()) {
            List<Submission> traced = accepted.stream().filter(s -> s.kafkaReadNanos != 0).toList();
            out.append(String.format(Locale.ROOT, "no stream watched (bench.view=none); Kafka only, %d of %d accepted read:%n", traced.size(), accepted.size()));
            out.append(latencies(traced, s -> kafkaCreatedNanos(s) - s.responseNanos).row("  2xx -> record sent to Kafka (store, publish)")).append('\n');
            out.append(latencies(traced, s -> s.kafkaReadNanos - s.responseNanos).row("  2xx -> read by a plain consumer")).append('\n');
        }
        if (settings.trace() && settings.watchesStream()) {
            List<Submission> traced = onStream.stream().filter(s -> s.kafkaReadNanos != 0).toList();
            out.append(String.format(Locale.ROOT, "where the time goes (%d traced; Kafka record times have 1 ms resolution):%n", traced.size()));
            out.append(latencies(traced, s -> kafkaCreatedNanos(s) - s.responseNanos).row("  2xx -> record sent to Kafka (store, publish)")).append('\n');
            out.append(latencies(traced, s -> s.kafkaReadNanos - kafkaCreatedNanos(s)).row("  record sent -> read by a plain consumer")).append('\n');
            out.append(latencies(traced, s -> s.streamNanos - kafkaCreatedNanos(s)).row("  record sent -> stream event (project, push)")).append('\n');
            out.append(latencies(traced, s -> s.kafkaReadNanos - s.responseNanos).row("  2xx -> read by a plain consumer")).append('\n');
            out.append(latencies(traced, s -> s.streamNanos - s.kafkaReadNanos).row("  read by a plain consumer -> stream event")).append('\n');
        }
        out.append('\n').append(CpuAccounting.table(cpuAtStart, cpuAtEnd, Runtime.getRuntime().availableProcessors(), measured.size()));
        long p99 = toStream.percentileNanos(99);
        boolean complete = accepted.size() == measured.size() && onStream.size() == accepted.size();
        if (!settings.watchesStream()) {
            System.out.print(out);
            return;
        }
        out.append(String.format(Locale.ROOT, "%ngoal p99 <= %d ms from 2xx to the stream event: %s (p99 %s ms%s)%n", GOAL_P99_MILLIS,
                p99 >= 0 && p99 <= GOAL_P99_MILLIS * 1_000_000 && complete ? "MET" : "NOT MET", p99 < 0 ? "-" : Latencies.ms(p99),
                complete ? "" : "; not every submission was accepted and seen"));
        System.out.print(out);
        System.out.flush();
    }

    /** Saves both services' Prometheus output next to their logs and prints the projection's own timings. */
    private void saveMetrics() {
        String operator = system.token("bench.operator", "operator", null);
        for (var service : List.of(system.projects(), system.views())) {
            try {
                HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(service.url("/actuator/prometheus")))
                        .header("Authorization", "Bearer " + operator).timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                Path file = system.logs().resolve(service.name() + "-prometheus.txt");
                Files.writeString(file, metrics.body());
                List<String> highlights = metrics.body().lines()
                        .filter(l -> l.startsWith("plan_") && !l.contains("_bucket"))
                        .filter(l -> l.contains("_count") || l.contains("_sum") || l.contains("_max") || l.contains("_total"))
                        .limit(40).toList();
                System.out.printf(Locale.ROOT, "%n%s metrics (all in %s):%n", service.name(), file);
                highlights.forEach(l -> System.out.println("  " + l));
            } catch (IOException e) {
                System.out.println("Could not read " + service.name() + "'s metrics: " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private long kafkaCreatedNanos(Submission s) {
        return s.kafkaCreatedEpochMillis * 1_000_000L - epochOffsetNanos;
    }

    private static Latencies latencies(List<Submission> submissions, ToLongFunction<Submission> nanos) {
        return new Latencies(submissions.stream().mapToLong(nanos).toArray());
    }

    private void printSetting() {
        System.out.printf(Locale.ROOT, "=== Live view latency benchmark ===%n"
                        + "GET /api/views/%s/stream?period=%s; %d submissions/s open loop; warm-up %d s, measured %d s, grace %d s%n"
                        + "%d projects x up to %d months; stack: %s; Kafka trace: %s; %d cores%n",
                settings.view(), settings.period(), settings.rate(), settings.warmUp().toSeconds(), settings.duration().toSeconds(),
                settings.grace().toSeconds(), settings.projects(), settings.monthsPerProject(),
                settings.durable() ? "embedded default (durable: PostgreSQL fsync on, MongoDB stand-in in an H2 file)"
                        : "ephemeral (test settings: fsync off, MongoDB stand-in in memory)",
                settings.trace() ? "on" : "off", Runtime.getRuntime().availableProcessors());
        if (!settings.projectsEnv().isEmpty()) {
            System.out.println("industrial-projects extra environment: " + settings.projectsEnv());
        }
        if (!settings.viewsEnv().isEmpty()) {
            System.out.println("target-views extra environment: " + settings.viewsEnv());
        }
    }

    private static void line(StringBuilder out, String label, String format, Object... args) {
        out.append(String.format(Locale.ROOT, "%-28s ", label)).append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[%s] %s%n", LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")),
                String.format(Locale.ROOT, format, args));
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Stops what this run started, in order; safe to call twice (the shutdown hook and the normal end). */
    private void stop() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        if (stream != null) {
            stream.close();
        }
        if (trace != null) {
            trace.close();
        }
        system.close();
    }
}
