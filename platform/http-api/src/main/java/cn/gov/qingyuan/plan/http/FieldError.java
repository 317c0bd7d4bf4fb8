package cn.gov.qingyuan.plan.http;

/** One thing wrong with a request: the field (JSON path, parameter or header name) and why. */
public record FieldError(String field, String reason) {
}
