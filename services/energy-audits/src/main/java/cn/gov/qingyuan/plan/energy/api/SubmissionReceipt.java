package cn.gov.qingyuan.plan.energy.api;

import java.time.Instant;

/**
 * What the API answers an accepted submission with. {@code id} is the record's id (audit, upgrade, return
 * {@code <county>/<YYYY-MM>} or the connected enterprise's code); {@code version} is also the ETag.
 */
record SubmissionReceipt(String id, long version, String correlationId, Instant submittedAt) {
}
