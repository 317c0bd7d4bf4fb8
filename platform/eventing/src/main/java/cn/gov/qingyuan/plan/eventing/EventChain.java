package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.ChainLink;
import cn.gov.qingyuan.plan.contracts.ChainLink.StoredEvent;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The hash chain over a service's events, table {@code event_chain} beside Axon's {@code domainevententry}: one row
 * per event, in the order the events were committed, each with its {@link ChainLink}. Rows are appended on the
 * connection that inserted the events, so in their transaction; a transaction-scoped advisory lock makes writers take
 * turns from the append to the commit, so the chain has no fork and no gap.
 */
final class EventChain {

    static final String TABLE = "event_chain";
    static final String EVENTS = "domainevententry";
    /** Axon's columns of {@code domainevententry} (its camel-case names, unquoted, so lower-case in PostgreSQL). */
    static final String COLUMNS = "e.globalindex, e.eventidentifier, e.aggregateidentifier, e.sequencenumber, e.type, e.payloadtype,"
            + " e.payloadrevision, e.timestamp, e.payload, e.metadata";

    private EventChain() {
    }

    static void createTable(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (position BIGINT PRIMARY KEY,"
                    + " event_identifier VARCHAR(255) NOT NULL UNIQUE, global_index BIGINT NOT NULL, header_digest CHAR(64) NOT NULL,"
                    + " payload_digest CHAR(64) NOT NULL, metadata_digest CHAR(64) NOT NULL, link CHAR(64) NOT NULL)");
        }
    }

    /**
     * Chains the events recorded before the chain existed, in their global order, when it is created: its start. Later
     * an unchained event is one written past the service, which verification reports.
     */
    static void chainEventsBeforeTheChain(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet chained = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM " + TABLE + ")")) {
            chained.next();
            if (chained.getBoolean(1)) {
                return;
            }
        }
        append(connection, "SELECT " + COLUMNS + " FROM " + EVENTS + " e ORDER BY e.globalindex", statement -> {
        });
    }

    /** Chains the events just inserted on {@code connection}, after the chain's head. */
    static void append(Connection connection, List<String> eventIds) throws SQLException {
        Array ids = connection.createArrayOf("varchar", eventIds.toArray());
        append(connection, "SELECT " + COLUMNS + " FROM " + EVENTS + " e WHERE e.eventidentifier = ANY (?) ORDER BY e.globalindex",
                statement -> statement.setArray(1, ids));
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private static void append(Connection connection, String select, Parameters parameters) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext('plan-event-chain:' || current_schema()))")) {
            lock.execute();
        }
        long position = 0;
        String previous = ChainLink.ORIGIN;
        try (Statement statement = connection.createStatement();
             ResultSet head = statement.executeQuery("SELECT position, link FROM " + TABLE + " ORDER BY position DESC LIMIT 1")) {
            if (head.next()) {
                position = head.getLong(1);
                previous = head.getString(2);
            }
        }
        List<ChainLink> links = new ArrayList<>();
        List<StoredEvent> events = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(select)) {
            parameters.set(query);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    StoredEvent event = stored(rows);
                    ChainLink link = ChainLink.of(++position, previous, event);
                    previous = link.link();
                    links.add(link);
                    events.add(event);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
                + " (position, event_identifier, global_index, header_digest, payload_digest, metadata_digest, link) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < links.size(); i++) {
                ChainLink link = links.get(i);
                insert.setLong(1, link.position());
                insert.setString(2, events.get(i).eventId());
                insert.setLong(3, events.get(i).globalIndex());
                insert.setString(4, link.headerDigest());
                insert.setString(5, link.payloadDigest());
                insert.setString(6, link.metadataDigest());
                insert.setString(7, link.link());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** The event of the current row of a query selecting {@link #COLUMNS}. */
    static StoredEvent stored(ResultSet rows) throws SQLException {
        return new StoredEvent(rows.getLong("globalindex"), rows.getString("eventidentifier"), rows.getString("aggregateidentifier"),
                rows.getLong("sequencenumber"), rows.getString("type"), rows.getString("payloadtype"), rows.getString("payloadrevision"),
                rows.getString("timestamp"), rows.getBytes("payload"), rows.getBytes("metadata"));
    }
}
