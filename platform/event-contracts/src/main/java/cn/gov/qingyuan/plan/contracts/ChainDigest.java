package cn.gov.qingyuan.plan.contracts;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The arithmetic of the event chain (docs/audit.md, "The chain"), shared by the store that writes the links and the
 * consumers that check them: SHA-256 digests in hex, and a link as the SHA-256 of the previous link followed by the
 * digests of an event's header, payload and metadata (32 bytes each).
 */
public final class ChainDigest {

    /** What comes before the first link: 32 zero bytes. */
    public static final String ORIGIN = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    private ChainDigest() {
    }

    public static String sha256(byte[] bytes) {
        return HEX.formatHex(digest().digest(bytes));
    }

    public static String link(String previous, String headerDigest, String payloadDigest, String metadataDigest) {
        MessageDigest link = digest();
        link.update(HEX.parseHex(previous));
        link.update(HEX.parseHex(headerDigest));
        link.update(HEX.parseHex(payloadDigest));
        link.update(HEX.parseHex(metadataDigest));
        return HEX.formatHex(link.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
