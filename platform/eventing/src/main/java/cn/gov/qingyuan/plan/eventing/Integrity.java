package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.ChainLink;

/**
 * What a walk of a service's event chain found: {@code intact}, or the first broken link.
 *
 * @param events how many links the chain has
 * @param head   the last link (null for an empty chain): keep it to prove later that the history extends it
 * @param broken the first problem, null when intact
 */
public record Integrity(String status, String schema, long events, Head head, Break broken) {

    /** A chain position and its link: what an auditor keeps. */
    public record Head(long position, String link) {

        /** Reads {@code <position>:<link>}. */
        public static Head parse(String text) {
            int cut = text.indexOf(':');
            if (cut < 1 || !text.substring(cut + 1).matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("a head is <position>:<64 hex digits>, e.g. 42:" + ChainLink.ORIGIN);
            }
            return new Head(Long.parseLong(text.substring(0, cut)), text.substring(cut + 1));
        }
    }

    /**
     * @param position    the chain position of the broken link; for an event missing from the chain, null
     * @param globalIndex the event's position in the store, null when the event itself is gone
     * @param problem     what is wrong, in words
     */
    public record Break(Long position, Long globalIndex, String eventId, String aggregateId, String problem) {
    }

    static Integrity intact(String schema, long events, Head head) {
        return new Integrity("intact", schema, events, head, null);
    }

    static Integrity broken(String schema, long events, Head head, Break broken) {
        return new Integrity("broken", schema, events, head, broken);
    }
}
