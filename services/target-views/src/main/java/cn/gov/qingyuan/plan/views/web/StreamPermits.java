package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.http.ApiProblem;
import cn.gov.qingyuan.plan.http.ProblemType;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The caps on open live streams: so many per token subject, so many in all. A stream holds a permit from its opening
 * until it completes, times out, fails or is found gone, and gives it back exactly once, so a count never leaks.
 */
final class StreamPermits {

    /**
     * How soon a refused client may try again: a refusal writes to the streams holding the places, and a connection
     * closed meanwhile fails the next write, so the next try finds its place free.
     */
    static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    /** A stream beyond a cap: 429 with {@code Retry-After}. */
    static final class Refused extends ApiProblem {
        private final boolean bySubject;

        private Refused(boolean bySubject, String field, String reason) {
            super(ProblemType.TOO_MANY_REQUESTS, field, reason);
            this.bySubject = bySubject;
        }

        /** Whether the subject's own cap refused it (else the service's). */
        boolean bySubject() {
            return bySubject;
        }

        long retryAfterSeconds() {
            return RETRY_AFTER.toSeconds();
        }
    }

    private final int perSubject;
    private final int total;
    private final Map<String, Integer> bySubject = new HashMap<>();
    private int open;

    StreamPermits(int perSubject, int total) {
        this.perSubject = perSubject;
        this.total = total;
    }

    synchronized Permit acquire(String subject) {
        int subjects = bySubject.getOrDefault(subject, 0);
        if (subjects >= perSubject) {
            throw new Refused(true, "Authorization", "this token's subject (" + subject + ") already has " + subjects
                    + " live streams open, the most one subject may (plan.views.streams.per-subject); close one first");
        }
        if (open >= total) {
            throw new Refused(false, "stream", "the service already has " + open + " live streams open, the most it serves"
                    + " (plan.views.streams.total); retry later");
        }
        bySubject.put(subject, subjects + 1);
        open++;
        return new Permit(subject);
    }

    synchronized int open() {
        return open;
    }

    private synchronized void release(String subject) {
        bySubject.computeIfPresent(subject, (key, count) -> count > 1 ? count - 1 : null);
        open--;
    }

    /** One open stream's place under the caps. */
    final class Permit {
        private final String subject;
        private final AtomicBoolean released = new AtomicBoolean();

        private Permit(String subject) {
            this.subject = subject;
        }

        String subject() {
            return subject;
        }

        /** Gives the place back; only the first call counts. */
        void release() {
            if (released.compareAndSet(false, true)) {
                StreamPermits.this.release(subject);
            }
        }
    }
}
