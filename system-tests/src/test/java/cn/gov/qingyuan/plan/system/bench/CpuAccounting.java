package cn.gov.qingyuan.plan.system.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Who used the machine's CPU while the benchmark measured: this JVM (which also runs the Kafka broker and the MongoDB
 * stand-in), each service JVM, PostgreSQL, everything else on the machine, and what stayed idle. On two cores the
 * parts of the stack compete for the same CPU, so this says more about where the time goes than any one timer.
 */
final class CpuAccounting {

    /** The kernel's clock ticks per second for /proc/stat (USER_HZ; 100 on every Linux this runs on). */
    private static final long TICKS_PER_SECOND = 100;

    private final Map<String, Predicate<ProcessHandle>> groups = new LinkedHashMap<>();
    private final Pattern postgresPortOption;

    /**
     * @param postgresPort the embedded PostgreSQL's port: its postmaster is found by its {@code -p} option (it is not a
     *                     child of this JVM), its backends as the postmaster's children
     */
    CpuAccounting(List<String> serviceNames, int postgresPort) {
        long self = ProcessHandle.current().pid();
        groups.put("benchmark JVM (Kafka broker, MongoDB stand-in, load)", p -> p.pid() == self);
        for (String name : serviceNames) {
            groups.put(name, p -> commandLine(p).contains("/" + name + "/target/") && commandLine(p).contains("-exec.jar"));
        }
        groups.put("PostgreSQL", p -> false);
        this.postgresPortOption = Pattern.compile("-p " + postgresPort + "(\\s|$)");
    }

    record Snapshot(long nanoTime, Map<String, Long> cpuNanos, long machineBusyNanos, long machineIdleNanos) {
    }

    Snapshot snapshot() {
        Map<String, Long> cpu = new LinkedHashMap<>();
        groups.keySet().forEach(name -> cpu.put(name, 0L));
        Stream.concat(Stream.of(ProcessHandle.current()), ProcessHandle.current().descendants()).forEach(p ->
                groups.forEach((name, member) -> {
                    if (member.test(p)) {
                        cpu.merge(name, cpuNanos(p), Long::sum);
                    }
                }));
        postmaster().ifPresent(postmaster -> cpu.put("PostgreSQL",
                Stream.concat(Stream.of(postmaster), postmaster.descendants()).mapToLong(CpuAccounting::cpuNanos).sum()));
        long[] machine = machineTicks();
        return new Snapshot(System.nanoTime(), cpu, machine[0] * 1_000_000_000L / TICKS_PER_SECOND,
                machine[1] * 1_000_000_000L / TICKS_PER_SECOND);
    }

    /** Core-seconds used between two snapshots, per group, then "other processes" and "idle". */
    static String table(Snapshot before, Snapshot after, int cores, int submissions) {
        double wall = (after.nanoTime() - before.nanoTime()) / 1e9;
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "CPU while measuring (core-seconds of %.0f s x %d cores = %.0f available; CPU ms per submission):%n", wall, cores,
                wall * cores));
        long ours = 0;
        for (var entry : after.cpuNanos().entrySet()) {
            long used = entry.getValue() - before.cpuNanos().getOrDefault(entry.getKey(), 0L);
            ours += used;
            out.append(row(entry.getKey(), used, wall, submissions));
        }
        out.append(row("  all of the above", ours, wall, submissions));
        long busy = after.machineBusyNanos() - before.machineBusyNanos();
        out.append(row("other processes on the machine", Math.max(0, busy - ours), wall, 0));
        out.append(row("idle", after.machineIdleNanos() - before.machineIdleNanos(), wall, 0));
        return out.toString();
    }

    /** The 1-minute load average, to show whether something else was running. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String row(String label, long nanos, double wallSeconds, int submissions) {
        return String.format(Locale.ROOT, "  %-52s %7.1f  (%.2f cores)%s%n", label, nanos / 1e9, nanos / 1e9 / wallSeconds,
                submissions > 0 ? String.format(Locale.ROOT, "  %6.2f ms/submission", nanos / 1e6 / submissions) : "");
    }

    private Optional<ProcessHandle> postmaster() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().orElse("").endsWith("/postgres"))
                .filter(p -> postgresPortOption.matcher(commandLine(p)).find())
                .findFirst();
    }

    private static String commandLine(ProcessHandle p) {
        return p.info().commandLine().orElse("");
    }

    private static long cpuNanos(ProcessHandle p) {
        return p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** [busy, idle] ticks of all cores since boot, from the first line of /proc/stat. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long user = Long.parseLong(f[1]);
            long nice = Long.parseLong(f[2]);
            long system = Long.parseLong(f[3]);
            long idle = Long.parseLong(f[4]);
            long iowait = Long.parseLong(f[5]);
            long irq = Long.parseLong(f[6]);
            long softirq = Long.parseLong(f[7]);
            long steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            return new long[] {user + nice + system + irq + softirq + steal, idle + iowait};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }
}
