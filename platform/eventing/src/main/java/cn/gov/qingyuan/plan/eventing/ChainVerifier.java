package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.ChainLink;
import cn.gov.qingyuan.plan.contracts.ChainLink.StoredEvent;
import cn.gov.qingyuan.plan.eventing.Integrity.Break;
import cn.gov.qingyuan.plan.eventing.Integrity.Head;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Walks a service's event chain from its first link and reports the first that does not hold: a position missing, an
 * event gone, an event whose header, payload or metadata no longer gives its digest, a link that does not follow the
 * one before it, an event in the store that is not in the chain, or a chain that does not extend a head the auditor
 * kept. Reads in one read-only transaction, so it sees one consistent history.
 */
public final class ChainVerifier {

    private static final int FETCH = 1_000;

    private final DataSource dataSource;

    public ChainVerifier(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @param held a head kept earlier, which the chain must still have; null for none */
    public Integrity verify(Head held) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return verify(connection, held);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event chain: " + e.getMessage(), e);
        }
    }

    /** The walk on {@code connection}, as its transaction sees the history (a test sees its own uncommitted changes). */
    public static Integrity verify(Connection connection, Head held) throws SQLException {
        String schema = connection.getSchema();
        long expected = 1;
        String previous = ChainLink.ORIGIN;
        Head head = null;
        Break broken = null;
        try (PreparedStatement walk = connection.prepareStatement("SELECT c.position, c.event_identifier AS chained_event, c.header_digest,"
                + " c.payload_digest, c.metadata_digest, c.link, " + EventChain.COLUMNS + " FROM " + EventChain.TABLE + " c LEFT JOIN "
                + EventChain.EVENTS + " e ON e.eventidentifier = c.event_identifier ORDER BY c.position")) {
            walk.setFetchSize(FETCH);
            try (ResultSet rows = walk.executeQuery()) {
                while (rows.next()) {
                    long position = rows.getLong("position");
                    head = new Head(position, rows.getString("link"));
                    if (broken == null) {
                        broken = check(rows, position, expected, previous);
                    }
                    expected = position + 1;
                    previous = head.link();
                }
            }
        }
        long events = head == null ? 0 : head.position();
        if (broken == null) {
            broken = unchained(connection);
        }
        if (broken == null && held != null) {
            broken = extension(connection, held, head);
        }
        return broken == null ? Integrity.intact(schema, events, head) : Integrity.broken(schema, events, head, broken);
    }

    private static Break check(ResultSet rows, long position, long expected, String previous) throws SQLException {
        String chainedEvent = rows.getString("chained_event");
        if (position != expected) {
            return new Break(expected, null, null, null, "position " + expected + " is missing from the chain: a link was deleted");
        }
        if (rows.getString("eventidentifier") == null) {
            return new Break(position, null, chainedEvent, null, "the event of this link is missing from the store: it was deleted");
        }
        StoredEvent event = EventChain.stored(rows);
        ChainLink recomputed = ChainLink.of(position, previous, event);
        String problem = null;
        if (!recomputed.headerDigest().equals(rows.getString("header_digest"))) {
            problem = "the event's header (position, global index, id, aggregate, sequence, type, time) was changed";
        } else if (!recomputed.payloadDigest().equals(rows.getString("payload_digest"))) {
            problem = "the event's payload was changed";
        } else if (!recomputed.metadataDigest().equals(rows.getString("metadata_digest"))) {
            problem = "the event's metadata was changed";
        } else if (!recomputed.link().equals(rows.getString("link"))) {
            problem = "the link does not follow the link before it: the chain was rewritten";
        }
        return problem == null ? null : new Break(position, event.globalIndex(), event.eventId(), event.aggregateId(), problem);
    }

    private static Break unchained(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT e.globalindex, e.eventidentifier, e.aggregateidentifier FROM "
                + EventChain.EVENTS + " e WHERE NOT EXISTS (SELECT 1 FROM " + EventChain.TABLE + " c WHERE c.event_identifier = e.eventidentifier)"
                + " ORDER BY e.globalindex LIMIT 1");
             ResultSet rows = query.executeQuery()) {
            if (!rows.next()) {
                return null;
            }
            return new Break(null, rows.getLong(1), rows.getString(2), rows.getString(3),
                    "this event is in the store but not in the chain: it was written past the service");
        }
    }

    private static Break extension(Connection connection, Head held, Head head) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT link FROM " + EventChain.TABLE + " WHERE position = ?")) {
            query.setLong(1, held.position());
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return new Break(held.position(), null, null, null, "the chain ends at " + (head == null ? 0 : head.position())
                            + ", before the head you hold: events at or before it were deleted");
                }
                return rows.getString(1).equals(held.link()) ? null
                        : new Break(held.position(), null, null, null, "the chain's link at this position is not the head you hold: the history was rewritten");
            }
        }
    }
}
