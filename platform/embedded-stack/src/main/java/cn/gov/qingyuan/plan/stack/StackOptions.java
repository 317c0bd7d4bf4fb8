package cn.gov.qingyuan.plan.stack;

import java.nio.file.Path;

/**
 * What {@link EmbeddedStack#start(StackOptions)} starts and where it keeps its data.
 *
 * @param dataDirectory where the three servers keep their data; {@code null} means a temporary directory that is
 *                      deleted on close, with PostgreSQL's fast but unsafe test settings (fsync off)
 * @param kafkaPort     the broker's client port; its KRaft controller listens on the next port up. 0 picks free ports
 * @param postgresPort  0 picks a free port
 * @param mongoPort     0 picks a free port
 */
public record StackOptions(Path dataDirectory, int kafkaPort, int postgresPort, int mongoPort,
                           boolean startKafka, boolean startPostgres, boolean startMongo) {

    static final int DEFAULT_KAFKA_PORT = 19092;
    static final int DEFAULT_POSTGRES_PORT = 54329;
    static final int DEFAULT_MONGO_PORT = 27027;

    public StackOptions {
        requirePort("kafkaPort", kafkaPort);
        // The controller takes kafkaPort + 1, which must be a port too.
        if (kafkaPort == 65535) {
            throw new IllegalArgumentException("kafkaPort must leave room for the controller port above it");
        }
        requirePort("postgresPort", postgresPort);
        requirePort("mongoPort", mongoPort);
        if (dataDirectory != null) {
            dataDirectory = dataDirectory.toAbsolutePath().normalize();
        }
    }

    /** All three on free ports, in a temporary directory deleted on close: for tests. */
    public static StackOptions ephemeral() {
        return new StackOptions(null, 0, 0, 0, true, true, true);
    }

    /** All three on the fixed ports of {@code make run}, keeping their data in {@code dir} across restarts. */
    public static StackOptions persistent(Path dir) {
        if (dir == null) {
            throw new IllegalArgumentException("a persistent stack needs a data directory");
        }
        return new StackOptions(dir, DEFAULT_KAFKA_PORT, DEFAULT_POSTGRES_PORT, DEFAULT_MONGO_PORT, true, true, true);
    }

    boolean isEphemeral() {
        return dataDirectory == null;
    }

    private static void requirePort(String name, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535, was " + port);
        }
    }
}
