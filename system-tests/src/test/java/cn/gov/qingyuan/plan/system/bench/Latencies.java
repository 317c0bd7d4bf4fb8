package cn.gov.qingyuan.plan.system.bench;

import java.util.Arrays;
import java.util.Locale;

/** A set of durations in nanoseconds and its percentiles (nearest rank), printed in milliseconds. */
final class Latencies {

    static final String HEADER = String.format(Locale.ROOT, "%-44s %8s %8s %8s %8s %8s %8s", "latency (ms)", "n", "median", "p90",
            "p99", "p99.9", "max");

    private final long[] sorted;

    Latencies(long[] nanos) {
        this.sorted = nanos.clone();
        Arrays.sort(sorted);
    }

    int count() {
        return sorted.length;
    }

    /** The smallest value that at least {@code percent} % of the values do not exceed; -1 when there are none. */
    long percentileNanos(double percent) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    String row(String label) {
        if (sorted.length == 0) {
            return String.format(Locale.ROOT, "%-44s %8d %8s %8s %8s %8s %8s", label, 0, "-", "-", "-", "-", "-");
        }
        return String.format(Locale.ROOT, "%-44s %8d %8s %8s %8s %8s %8s", label, sorted.length, ms(percentileNanos(50)),
                ms(percentileNanos(90)), ms(percentileNanos(99)), ms(percentileNanos(99.9)), ms(sorted[sorted.length - 1]));
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1_000_000.0);
    }
}
