package cn.gov.qingyuan.plan.contracts;


import java.nio.charset.StandardCharsets;

/**
 * The canonical bytes of one link of the event chain (docs/audit.md, "The chain"): SHA-256 over the previous link (32
 * zero bytes before the first), then the SHA-256 of the event's header, of its stored payload and of its stored
 * metadata. The header is the UTF-8 of the chain position and these columns of {@code domainevententry}, joined by
 * {@code \n}: {@code globalindex}, {@code eventidentifier}, {@code aggregateidentifier}, {@code sequencenumber},
 * {@code type}, {@code payloadtype}, {@code payloadrevision} and {@code timestamp} (a null as the empty string).
 *
 * @param headerDigest   SHA-256 of the header, hex
 * @param payloadDigest  SHA-256 of the stored payload bytes, hex
 * @param metadataDigest SHA-256 of the stored metadata bytes (empty when null), hex
 * @param link           the link itself, hex
 */
public record ChainLink(long position, String headerDigest, String payloadDigest, String metadataDigest, String link) {

    /** What comes before the first link. */
    public static final String ORIGIN = ChainDigest.ORIGIN;

    /** The stored columns of one event, as the chain covers them. */
    public record StoredEvent(long globalIndex, String eventId, String aggregateId, long sequence, String type, String payloadType,
                              String payloadRevision, String timestamp, byte[] payload, byte[] metadata) {

        public String header(long position) {
            return String.join("\n", Long.toString(position), Long.toString(globalIndex), eventId, nullToEmpty(aggregateId),
                    Long.toString(sequence), nullToEmpty(type), payloadType, nullToEmpty(payloadRevision), timestamp);
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }

    /** The link of {@code event} at {@code position}, after {@code previous} (hex). */
    public static ChainLink of(long position, String previous, StoredEvent event) {
        String header = ChainDigest.sha256(event.header(position).getBytes(StandardCharsets.UTF_8));
        String payload = ChainDigest.sha256(event.payload());
        String metadata = ChainDigest.sha256(event.metadata() == null ? new byte[0] : event.metadata());
        return new ChainLink(position, header, payload, metadata, ChainDigest.link(previous, header, payload, metadata));
    }
}
