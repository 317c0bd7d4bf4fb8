package cn.gov.qingyuan.plan.contracts;

import java.time.Instant;

/**
 * The head of a service's event chain at a moment: what an auditor keeps to prove later that the history still extends
 * it ({@code GET /api/audit/integrity?head=<position>:<link>}). Published on {@link Topics#CHAIN_HEADS} and served by
 * {@code GET /api/audit/chain-head}.
 *
 * @param service  the command service (its {@code spring.application.name})
 * @param schema   its schema in PostgreSQL
 * @param position the chain position of the last event, 0 for an empty chain
 * @param link     that event's link, {@link ChainDigest#ORIGIN} for an empty chain
 * @param at       when the head was read
 */
public record ChainHead(String service, String schema, long position, String link, Instant at) {

    /** The form {@code ?head=} takes. */
    public String held() {
        return position + ":" + link;
    }
}
