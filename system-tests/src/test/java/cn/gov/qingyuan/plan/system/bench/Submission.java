package cn.gov.qingyuan.plan.system.bench;

/**
 * One investment report of the schedule and what became of it. Times are {@link System#nanoTime()} readings, 0 until
 * they happen; the Kafka record's creation time is the broker's epoch milliseconds.
 */
final class Submission {

    final int index;
    final String correlationId;
    final boolean measured;
    final long scheduledNanos;
    volatile long sentNanos;
    volatile long responseNanos;
    /** The HTTP status, or 0 when the request failed without one (see {@link #failure}). */
    volatile int status;
    volatile String failure;
    volatile long streamNanos;
    volatile long kafkaCreatedEpochMillis;
    volatile long kafkaReadNanos;

    Submission(int index, String correlationId, boolean measured, long scheduledNanos) {
        this.index = index;
        this.correlationId = correlationId;
        this.measured = measured;
        this.scheduledNanos = scheduledNanos;
    }

    boolean accepted() {
        return status >= 200 && status < 300;
    }

    boolean answered() {
        return responseNanos != 0;
    }

    boolean seenOnStream() {
        return streamNanos != 0;
    }
}
