package cn.gov.qingyuan.plan.projects.api;

import cn.gov.qingyuan.plan.projects.IndustrialProjectsApplication;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * deploy/postgres/init, run as the postgres image runs it, on the embedded PostgreSQL; then the service as in
 * deploy/compose.yaml: connected as its own role, which owns its schema and may do nothing else.
 */
class LimitedDatabaseRoleTest {

    static final Path INIT = Path.of("..", "..", "deploy", "postgres", "init");
    static final String ROLE = "industrial_projects";
    static final String OTHER = "technical_retrofit";

    @TempDir
    static Path secrets;
    static Map<String, String> passwords = new HashMap<>();
    static ConfigurableApplicationContext service;

    @BeforeAll
    static void initialiseTheDatabaseAndStartTheService() throws Exception {
        for (String role : List.of(ROLE, OTHER, "park_metrics", "industry_statistics", "energy_audits", "plan_targets")) {
            String password = role + "-" + TestStack.uniqueName("pw");
            passwords.put(role, password);
            Files.writeString(secrets.resolve(role + "_db_password"), password + "\n");
        }
        try (Connection superuser = connect(TestStack.get().postgresUser(), TestStack.get().postgresPassword());
             Statement statement = superuser.createStatement()) {
            // As if an earlier, superuser-run version of another service had filled its schema: the script hands it over.
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + OTHER);
            statement.execute("CREATE TABLE IF NOT EXISTS " + OTHER + ".domainevententry (globalindex BIGSERIAL PRIMARY KEY, payload TEXT)");
            statement.execute("INSERT INTO " + OTHER + ".domainevententry (payload) VALUES ('another service''s event')");
            statement.execute("SET plan.secrets_dir = '" + secrets.toAbsolutePath() + "'");
            for (Path script : initScripts()) {
                statement.execute(Files.readString(script));
            }
        }
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--plan.eventing.topic=" + TestStack.uniqueName("limited_role_topic"),
                "--POSTGRES_USER=" + ROLE, "--POSTGRES_PASSWORD=" + passwords.get(ROLE), "--POSTGRES_SCHEMA=" + ROLE));
        service = new SpringApplicationBuilder(IndustrialProjectsApplication.class).properties(new HashMap<>(TestStack.environment(null, null)))
                .run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void theServiceCreatesItsTablesAndWritesItsEventsAsItsOwnRole() throws SQLException {
        Http reporter = new Http("http://127.0.0.1:" + service.getEnvironment().getRequiredProperty("local.server.port"),
                TestStack.token("reporter", "county:yingde"));
        HttpResult created = reporter.postJson("/api/projects", ProjectApiTest.validProject(), Map.of("Idempotency-Key", "limited-role-1"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        HttpResult retried = reporter.postJson("/api/projects", ProjectApiTest.validProject(), Map.of("Idempotency-Key", "limited-role-1"));
        assertThat(retried.json().get("projectId")).as("answered from the idempotency keys' table").isEqualTo(created.json().get("projectId"));

        try (Connection connection = connect(ROLE, passwords.get(ROLE)); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT rolsuper OR rolcreatedb OR rolcreaterole FROM pg_roles WHERE rolname = current_user"))
                    .isEqualTo("f");
            assertThat(single(statement, "SELECT count(*) FROM " + ROLE + ".domainevententry")).isEqualTo("1");
            assertThat(single(statement, "SELECT string_agg(tablename || ':' || tableowner, ',' ORDER BY tablename) FROM pg_tables"
                    + " WHERE schemaname = '" + ROLE + "'"))
                    .contains("domainevententry:" + ROLE, "tokenentry:" + ROLE, "idempotency_keys:" + ROLE,
                            "event_chain:" + ROLE);
        }
    }

    @Test
    void theRoleCannotReadOrWriteAnotherServicesSchemaNorCreateOutsideItsOwn() throws SQLException {
        try (Connection connection = connect(ROLE, passwords.get(ROLE)); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeQuery("SELECT * FROM " + OTHER + ".domainevententry"))
                    .hasMessageContaining("permission denied for schema " + OTHER);
            assertThatThrownBy(() -> statement.execute("INSERT INTO " + OTHER + ".domainevententry (payload) VALUES ('forged')"))
                    .hasMessageContaining("permission denied for schema " + OTHER);
            assertThatThrownBy(() -> statement.execute("CREATE TABLE public.leak (x INT)"))
                    .hasMessageContaining("permission denied for schema public");
            assertThatThrownBy(() -> statement.execute("CREATE SCHEMA elsewhere"))
                    .hasMessageContaining("permission denied for database");
        }
    }

    @Test
    void theOtherServicesRoleOwnsWhatItsSchemaAlreadyHeld() throws SQLException {
        try (Connection connection = connect(OTHER, passwords.get(OTHER)); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "SELECT payload FROM domainevententry")).isEqualTo("another service's event");
            statement.execute("INSERT INTO domainevententry (payload) VALUES ('its own next event')");
        }
    }

    private static List<Path> initScripts() throws IOException {
        try (Stream<Path> files = Files.list(INIT)) {
            List<Path> scripts = files.filter(f -> f.toString().endsWith(".sql")).sorted().toList();
            assertThat(scripts).isNotEmpty();
            return scripts;
        }
    }

    private static Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection(TestStack.get().postgresUrl(), user, password);
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
