package cn.gov.qingyuan.plan.statistics.api;

import java.time.Instant;

/** What the API answers an accepted submission or revision with; {@code version} is also the ETag. */
record SubmissionReceipt(String returnId, long version, String correlationId, Instant submittedAt) {
}
