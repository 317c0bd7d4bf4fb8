package cn.gov.qingyuan.plan.targets.api;

import java.time.Instant;

/** What the API answers an accepted change with; {@code version} is also the ETag. */
record SubmissionReceipt(String indicator, long version, String correlationId, Instant submittedAt) {
}
