package cn.gov.qingyuan.plan.contracts;

/**
 * Keys of the envelope metadata every event carries, in the event store and (as CloudEvents extension
 * attributes, lower case without separators) on Kafka.
 */
public final class EventMetadata {

    /** Who submitted the request that produced the event. */
    public static final String SUBMITTED_BY = "submittedBy";
    /** The reporting unit (county government, park committee, city bureau) the submitter acted for. */
    public static final String ORGANISATION = "organisation";
    /** The submitter's role: reporter, monitor, auditor, planner or operator. */
    public static final String ROLE = "role";
    /** When the request was accepted (ISO-8601 instant), as opposed to the period it reports on. */
    public static final String SUBMITTED_AT = "submittedAt";
    /** Ties together every event caused by one request; issued by the server, echoed as {@code X-Correlation-Id}. */
    public static final String CORRELATION_ID = "correlationId";
    /** The client's own reference for the request ({@code X-Client-Reference}), when it sent one; never an id. */
    public static final String CLIENT_REFERENCE = "clientReference";

    private EventMetadata() {
    }
}
