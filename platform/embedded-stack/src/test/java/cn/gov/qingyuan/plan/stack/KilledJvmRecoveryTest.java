package cn.gov.qingyuan.plan.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JVM killed with SIGKILL leaves its PostgreSQL running; the next start on the same directory must cope. */
class KilledJvmRecoveryTest {

    @TempDir
    static Path dataDirectory;

    private static EmbeddedStack stack;

    @AfterAll
    static void closeStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void a_restart_stops_the_postgres_left_behind_by_a_killed_jvm_and_keeps_its_data() throws Exception {
        Process child = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                PostgresOnlyMain.class.getName(), dataDirectory.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.startsWith(PostgresOnlyMain.READY)) {
                // skip the child's log lines
            }
            assertThat(line).as("child JVM output").isNotNull();
        }
        StackOptions postgresOnly = new StackOptions(dataDirectory, 0, 0, 0, false, true, false);
        assertThatThrownBy(() -> EmbeddedStack.start(postgresOnly)).as("while the other JVM lives")
                .hasMessageContaining("Another process runs an embedded stack");
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        Path pidFile = dataDirectory.resolve("postgres/postmaster.pid");
        long orphanPid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).as("postgres outlives its JVM").contains(true);

        stack = EmbeddedStack.start(postgresOnly);

        assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEqualTo(Optional.empty());
        try (Connection connection = StackClients.postgres(stack); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT note FROM written_before_kill")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("kept");
        }
    }

    /** The JVM that gets killed: starts PostgreSQL on the directory, writes a row, then waits. */
    static final class PostgresOnlyMain {

        static final String READY = "READY";

        public static void main(String[] args) throws Exception {
            EmbeddedStack stack = EmbeddedStack.start(new StackOptions(Path.of(args[0]), 0, 0, 0, false, true, false));
            try (Connection connection = StackClients.postgres(stack); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE written_before_kill (note TEXT)");
                statement.execute("INSERT INTO written_before_kill VALUES ('kept')");
            }
            System.out.println(READY);
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
