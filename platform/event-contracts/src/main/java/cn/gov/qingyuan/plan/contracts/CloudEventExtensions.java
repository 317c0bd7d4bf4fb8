package cn.gov.qingyuan.plan.contracts;

/**
 * The CloudEvents extension attributes every event carries on Kafka ({@code ce_<name>} headers in binary mode):
 * what producers write and consumers read. CloudEvents names are lower-case letters and digits only, hence no
 * separators; the submission metadata among them mirrors {@link EventMetadata}.
 */
public final class CloudEventExtensions {

    /** The event's position in its aggregate's history: consumers keep the newest fact by it. */
    public static final String AGGREGATE_SEQUENCE = "aggregatesequence";
    /** The event's schema version ({@link SchemaVersion}), also the last part of {@code ce_type}. */
    public static final String SCHEMA_VERSION = "schemaversion";
    /** {@link EventMetadata#SUBMITTED_BY}. */
    public static final String SUBMITTED_BY = "submittedby";
    /** {@link EventMetadata#ORGANISATION}. */
    public static final String ORGANISATION = "organisation";
    /** {@link EventMetadata#ROLE}. */
    public static final String SUBMITTER_ROLE = "submitterrole";
    /** {@link EventMetadata#SUBMITTED_AT}. */
    public static final String SUBMITTED_AT = "submittedat";
    /** {@link EventMetadata#CORRELATION_ID}. */
    public static final String CORRELATION_ID = "correlationid";
    /** {@link EventMetadata#CLIENT_REFERENCE}. */
    public static final String CLIENT_REFERENCE = "clientreference";

    /** The event's position in its service's hash chain (docs/audit.md, "The chain"). */
    public static final String CHAIN_POSITION = "chainposition";
    /** The event's link in its service's hash chain, 64 hex digits: it covers the link before it and the stored event. */
    public static final String CHAIN_LINK = "chainlink";
    /** The link before it ({@link ChainDigest#ORIGIN} for the first). */
    public static final String CHAIN_PREVIOUS = "chainprevious";
    /** The digest of the event's stored header (position, ids, sequence, type, time), which a consumer cannot rebuild. */
    public static final String CHAIN_HEADER_DIGEST = "chainheaderdigest";
    /** The digest of the event's stored metadata, of which the record carries only a part. */
    public static final String CHAIN_METADATA_DIGEST = "chainmetadatadigest";

    private CloudEventExtensions() {
    }
}
