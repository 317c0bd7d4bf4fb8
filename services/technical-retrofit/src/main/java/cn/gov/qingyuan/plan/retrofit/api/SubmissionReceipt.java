package cn.gov.qingyuan.plan.retrofit.api;

import java.time.Instant;

/** What the API answers an accepted submission with; {@code version} is also the ETag. */
record SubmissionReceipt(String projectId, long version, String correlationId, Instant submittedAt) {
}
