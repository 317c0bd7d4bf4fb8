package cn.gov.qingyuan.plan.projection;

/**
 * Why a record is not applied.
 *
 * @param reason  a short tag for the metric ({@code plan.projection.refused}): {@code topic}, {@code source}, {@code type},
 *                {@code subject}, {@code sequence}, {@code sequence-gap} or {@code chain-link}
 * @param message the sentence kept with the record in the dead letters
 */
record Refusal(String reason, String message) {
}
