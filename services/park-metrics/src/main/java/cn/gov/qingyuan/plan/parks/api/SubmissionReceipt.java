package cn.gov.qingyuan.plan.parks.api;

import java.time.Instant;

/**
 * What the API answers an accepted submission with; {@code version} is also the ETag.
 *
 * @param id the aggregate written: {@code <parkId>/<YYYY-MM>} for a month's figures, the park's id for its retrofit
 */
record SubmissionReceipt(String id, long version, String correlationId, Instant submittedAt) {
}
