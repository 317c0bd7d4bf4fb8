package cn.gov.qingyuan.plan.projects.api;

import java.time.Instant;

/** What the API answers an accepted submission with. */
record SubmissionReceipt(String projectId, String correlationId, Instant submittedAt) {
}
