package cn.gov.qingyuan.plan.contracts;

import cn.gov.qingyuan.plan.contracts.ChainLink.StoredEvent;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One event of a service's history as the audit exports it (a line of {@code GET /api/audit/chain} and of an audit
 * pack's {@code events/<service>.jsonl}): every stored column the chain covers, and the event's chain position and link,
 * so anyone can recompute the link without the service. The payload and the metadata are the stored bytes: as text when
 * they are UTF-8 (they always are when the service wrote them), otherwise in base64 beside a null text.
 */
public record ChainedEvent(long position, String link, long globalIndex, String eventId, String aggregateId, long sequence, String type,
                           String payloadType, String payloadRevision, String timestamp, String payload, String payloadBase64,
                           String metadata, String metadataBase64) {

    public static ChainedEvent of(long position, String link, StoredEvent event) {
        String payload = utf8(event.payload());
        String metadata = event.metadata() == null ? null : utf8(event.metadata());
        return new ChainedEvent(position, link, event.globalIndex(), event.eventId(), event.aggregateId(), event.sequence(), event.type(),
                event.payloadType(), event.payloadRevision(), event.timestamp(), payload,
                payload == null ? Base64.getEncoder().encodeToString(event.payload()) : null, metadata,
                metadata == null && event.metadata() != null ? Base64.getEncoder().encodeToString(event.metadata()) : null);
    }

    /** The stored columns again, byte for byte. */
    public StoredEvent stored() {
        return new StoredEvent(globalIndex, eventId, aggregateId, sequence, type, payloadType, payloadRevision, timestamp,
                bytes(payload, payloadBase64), bytes(metadata, metadataBase64));
    }

    /** The link recomputed from this event's columns after {@code previous}. */
    public ChainLink recomputed(String previous) {
        return ChainLink.of(position, previous, stored());
    }

    private static byte[] bytes(String text, String base64) {
        if (text != null) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return base64 == null ? null : Base64.getDecoder().decode(base64);
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
