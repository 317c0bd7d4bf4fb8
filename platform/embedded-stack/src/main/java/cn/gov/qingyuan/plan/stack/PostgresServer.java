package cn.gov.qingyuan.plan.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A real PostgreSQL server (zonky's bundled binaries) with the application's database in it. */
final class PostgresServer implements AutoCloseable {

    static final String DATABASE = "qingyuan";
    static final String USER = "postgres";
    // initdb runs with trust authentication, so any password works; this one is what the services are configured with.
    static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param durable keep the data directory and write it safely (fsync, synchronous commit); otherwise use zonky's
     *                test settings, which skip fsync, and delete the directory on close
     */
    static PostgresServer start(Path dataDir, int port, boolean durable) throws IOException, SQLException {
        Directories.ensureTmpDirExists();
        Directories.create(dataDir);
        Postmaster.reclaimDataDirectory(dataDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(!durable)
                .setPort(port)
                // EmbeddedStack's own hook stops it; zonky's would race that one and let close() return early.
                .setRegisterShutdownHook(false)
                // zonky's 10 s is tight when Kafka starts on the same two cores.
                .setPGStartupWait(Duration.ofSeconds(60));
        if (durable) {
            // zonky passes -F (fsync off) and synchronous_commit=off; -c options come later on the command line and win.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        try {
            createDatabaseIfMissing(postgres.getPort());
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        return new PostgresServer(postgres);
    }

    private static void createDatabaseIfMissing(int port) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(port, "postgres"), USER, PASSWORD);
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        }
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    String jdbcUrl() {
        return url(postgres.getPort(), DATABASE);
    }

    /** pg_ctl stop -m fast: open sessions are disconnected, the data is checkpointed. */
    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
