package cn.gov.qingyuan.plan.eventing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Axon's JDBC storage engine whose every append of events also appends their links to the {@link EventChain}, on the
 * same connection right after the insert, so in the same transaction: events and links are committed together or not
 * at all.
 */
final class ChainedEventStorageEngine extends JdbcEventStorageEngine {

    ChainedEventStorageEngine(Builder builder) {
        super(builder);
    }

    @Override
    protected PreparedStatement appendEvents(Connection connection, List<? extends EventMessage<?>> events, Serializer serializer)
            throws SQLException {
        PreparedStatement insert = super.appendEvents(connection, events, serializer);
        List<String> ids = events.stream().map(EventMessage::getIdentifier).toList();
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
                (proxy, method, arguments) -> {
                    Object result;
                    try {
                        result = method.invoke(insert, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("executeBatch")) {
                        EventChain.append(connection, ids);
                    }
                    return result;
                });
    }
}
