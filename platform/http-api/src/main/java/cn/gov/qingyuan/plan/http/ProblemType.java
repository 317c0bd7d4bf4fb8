package cn.gov.qingyuan.plan.http;

import org.springframework.http.HttpStatus;

import java.net.URI;

/**
 * The stable problem types every API answers with. Integrators switch on {@link #uri()}; titles are for
 * humans and may be reworded, the URI never changes.
 */
public enum ProblemType {
    INVALID_FIELD("invalid-field", "A field is missing or invalid", HttpStatus.BAD_REQUEST),
    UNKNOWN_FIELD("unknown-field", "The request has a field this API does not know", HttpStatus.BAD_REQUEST),
    MALFORMED_JSON("malformed-json", "The request body is not well-formed JSON", HttpStatus.BAD_REQUEST),
    UNAUTHENTICATED("unauthenticated", "A valid bearer token is required", HttpStatus.UNAUTHORIZED),
    FORBIDDEN("forbidden", "The token's role or reporting unit does not allow this", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", "The resource does not exist", HttpStatus.NOT_FOUND),
    CONFLICT("conflict", "The request conflicts with what was recorded before", HttpStatus.CONFLICT),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "This Idempotency-Key was used for a different request", HttpStatus.UNPROCESSABLE_ENTITY),
    TOO_MANY_REQUESTS("too-many-requests", "Too many of these are open or asked for; retry after Retry-After seconds", HttpStatus.TOO_MANY_REQUESTS),
    PAYLOAD_TOO_LARGE("payload-too-large", "The request body is too large", HttpStatus.PAYLOAD_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "The request body must be application/json", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    METHOD_NOT_ALLOWED("method-not-allowed", "This resource does not support that method", HttpStatus.METHOD_NOT_ALLOWED),
    INTERNAL_ERROR("internal-error", "The service failed; nothing was recorded", HttpStatus.INTERNAL_SERVER_ERROR),
    UNAVAILABLE("unavailable", "A store the service needs is unavailable; nothing was recorded", HttpStatus.SERVICE_UNAVAILABLE);

    private static final String PREFIX = "urn:qingyuan-plan:problem:";

    private final String slug;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.slug = slug;
        this.title = title;
        this.status = status;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }
}
