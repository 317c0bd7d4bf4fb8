package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.ChainDigest;
import cn.gov.qingyuan.plan.contracts.ChainHead;
import cn.gov.qingyuan.plan.contracts.ChainedEvent;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A service's chained history as an auditor takes it away: its head now, and its events up to a moment with their
 * links, read in one read-only transaction so they are one consistent history. The events are exported as stored,
 * tampered or not: checking them is the reader's business ({@link ChainVerifier}, the audit pack's verifier).
 */
public final class ChainHistory {

    private static final int FETCH = 1_000;

    private final DataSource dataSource;
    private final String service;
    private final Clock clock;

    public ChainHistory(DataSource dataSource, String service, Clock clock) {
        this.dataSource = dataSource;
        this.service = service;
        this.clock = clock;
    }

    public String service() {
        return service;
    }

    /** The head of the chain now. */
    public ChainHead head() {
        return read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet head = statement.executeQuery("SELECT position, link FROM " + EventChain.TABLE + " ORDER BY position DESC LIMIT 1")) {
                return head.next() ? head(connection, head.getLong(1), head.getString(2)) : head(connection, 0, ChainDigest.ORIGIN);
            }
        });
    }

    /**
     * Hands over, in chain order, every event up to the last one recorded at or before {@code until}: the chain's prefix
     * that holds every event of that moment (an event committed after a later-stamped one comes with it, so the prefix
     * has no gap).
     *
     * @return the head of that prefix
     */
    public ChainHead each(Instant until, Consumer<ChainedEvent> action) {
        return read(connection -> {
            long last = lastPositionBy(connection, until);
            String link = ChainDigest.ORIGIN;
            try (PreparedStatement walk = connection.prepareStatement("SELECT c.position, c.link, " + EventChain.COLUMNS + " FROM "
                    + EventChain.TABLE + " c JOIN " + EventChain.EVENTS + " e ON e.eventidentifier = c.event_identifier"
                    + " WHERE c.position <= ? ORDER BY c.position")) {
                walk.setLong(1, last);
                walk.setFetchSize(FETCH);
                try (ResultSet rows = walk.executeQuery()) {
                    while (rows.next()) {
                        link = rows.getString("link");
                        action.accept(ChainedEvent.of(rows.getLong("position"), link, EventChain.stored(rows)));
                    }
                }
            }
            return head(connection, last, link);
        });
    }

    /** Axon keeps the timestamp as ISO-8601 text of varying precision: compared as instants, not as text. */
    private static long lastPositionBy(Connection connection, Instant until) throws SQLException {
        long last = 0;
        try (PreparedStatement times = connection.prepareStatement("SELECT c.position, e.timestamp FROM " + EventChain.TABLE + " c JOIN "
                + EventChain.EVENTS + " e ON e.eventidentifier = c.event_identifier ORDER BY c.position")) {
            times.setFetchSize(FETCH);
            try (ResultSet rows = times.executeQuery()) {
                while (rows.next()) {
                    if (!Instant.parse(rows.getString(2)).isAfter(until)) {
                        last = rows.getLong(1);
                    }
                }
            }
        }
        return last;
    }

    private ChainHead head(Connection connection, long position, String link) throws SQLException {
        return new ChainHead(service, connection.getSchema(), position, link, clock.instant());
    }

    private interface Read<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T read(Read<T> read) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                return read.on(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the event chain: " + e.getMessage(), e);
        }
    }
}
