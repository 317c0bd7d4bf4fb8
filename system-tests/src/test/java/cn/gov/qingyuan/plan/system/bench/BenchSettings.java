package cn.gov.qingyuan.plan.system.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one benchmark run does, from system properties ({@code -Dbench.rate=500} ...), with the issue's figures as
 * defaults.
 *
 * @param rate             submissions per second, on an open-loop schedule
 * @param warmUp           how long the same schedule runs before anything is measured
 * @param duration         how long it is measured
 * @param grace            how long to wait for the stream events of the last submissions
 * @param monthsPerProject months reported per project (1–36); the run registers as many projects as that needs
 * @param durable          the embedded default (PostgreSQL fsync and synchronous commit on, MongoDB stand-in in an H2
 *                         file), or the tests' fast settings (fsync off, the stand-in in memory)
 * @param trace            also read the command service's Kafka topic, to split the latency at the broker
 * @param view             the view whose stream is watched, e.g. {@code city}; {@code none} watches no stream and, with
 *                         {@code trace}, measures only as far as Kafka
 * @param period           its period parameter
 * @param repositoryRoot   where {@code services/<name>/target/*-exec.jar} are
 * @param projectsEnv      extra environment of the industrial-projects JVM, e.g. Kafka producer settings
 * @param viewsEnv         extra environment of the target-views JVM
 */
record BenchSettings(int rate, Duration warmUp, Duration duration, Duration grace, int monthsPerProject, boolean durable,
                     boolean trace, String view, String period, Path repositoryRoot,
                     Map<String, String> projectsEnv, Map<String, String> viewsEnv) {

    static final int PLAN_MONTHS = 36;

    BenchSettings {
        if (rate < 1) {
            throw new IllegalArgumentException("bench.rate must be at least 1 per second, was " + rate);
        }
        if (duration.toSeconds() < 1 || warmUp.isNegative() || grace.isNegative()) {
            throw new IllegalArgumentException("bench.duration must be at least 1 s, bench.warmup and bench.grace at least 0");
        }
        if (monthsPerProject < 1 || monthsPerProject > PLAN_MONTHS) {
            throw new IllegalArgumentException("bench.monthsPerProject must be 1 to " + PLAN_MONTHS + ", was " + monthsPerProject);
        }
    }

    static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Integer.getInteger("bench.rate", 500),
                Duration.ofSeconds(Long.getLong("bench.warmup", 10)),
                Duration.ofSeconds(Long.getLong("bench.duration", 30)),
                Duration.ofSeconds(Long.getLong("bench.grace", 15)),
                Integer.getInteger("bench.monthsPerProject", 12),
                !"ephemeral".equals(System.getProperty("bench.stack", "durable")),
                Boolean.parseBoolean(System.getProperty("bench.trace", "true")),
                System.getProperty("bench.view", "city"),
                System.getProperty("bench.period", "2015-2017"),
                Path.of(System.getProperty("bench.root", "..")).toAbsolutePath().normalize(),
                environment(System.getProperty("bench.projectsEnv", "")),
                environment(System.getProperty("bench.viewsEnv", "")));
    }

    boolean watchesStream() {
        return !view.equals("none");
    }

    int warmUpSubmissions() {
        return (int) (rate * warmUp.toMillis() / 1000);
    }

    int measuredSubmissions() {
        return (int) (rate * duration.toMillis() / 1000);
    }

    int totalSubmissions() {
        return warmUpSubmissions() + measuredSubmissions();
    }

    int projects() {
        return Math.max(1, (totalSubmissions() + monthsPerProject - 1) / monthsPerProject);
    }

    /** {@code NAME=value;NAME=value}: semicolons, since JVM options in JAVA_TOOL_OPTIONS contain commas. */
    private static Map<String, String> environment(String text) {
        Map<String, String> env = new LinkedHashMap<>();
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("environment entries are NAME=value, separated by ';': " + entry);
            }
            env.put(entry.substring(0, equals).strip(), entry.substring(equals + 1));
        }
        return env;
    }
}
