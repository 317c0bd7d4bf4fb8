package cn.gov.qingyuan.plan.projection;

import cn.gov.qingyuan.plan.contracts.ChainDigest;
import cn.gov.qingyuan.plan.contracts.CloudEventExtensions;
import io.cloudevents.CloudEvent;

/**
 * Checks a record's chain link against its own payload before it is applied: the link must be the SHA-256 of the
 * previous link, the header's digest, the digest of the record's data and the metadata's digest, as its service's
 * store computed it (docs/audit.md, "The chain"). A record from before the chain carries no link and is let through.
 */
final class ChainLinkCheck {

    private ChainLinkCheck() {
    }

    /** @return why the record's link does not verify, or null when it does or the record has none */
    static String problem(CloudEvent event) {
        String link = text(event, CloudEventExtensions.CHAIN_LINK);
        if (link == null) {
            return null;
        }
        String previous = text(event, CloudEventExtensions.CHAIN_PREVIOUS);
        String header = text(event, CloudEventExtensions.CHAIN_HEADER_DIGEST);
        String metadata = text(event, CloudEventExtensions.CHAIN_METADATA_DIGEST);
        if (previous == null || header == null || metadata == null) {
            return "its chain link comes without the previous link or the digests it covers";
        }
        String payload = ChainDigest.sha256(event.getData() == null ? new byte[0] : event.getData().toBytes());
        try {
            return ChainDigest.link(previous, header, payload, metadata).equals(link) ? null
                    : "its chain link does not verify against its payload: it is not the event its service chained at position "
                    + text(event, CloudEventExtensions.CHAIN_POSITION);
        } catch (IllegalArgumentException e) {
            return "its chain link or digests are not hex: " + e.getMessage();
        }
    }

    private static String text(CloudEvent event, String extension) {
        Object value = event.getExtension(extension);
        return value == null ? null : value.toString();
    }
}
