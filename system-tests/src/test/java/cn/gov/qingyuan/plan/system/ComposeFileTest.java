package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.stack.ServiceCatalog;
import cn.gov.qingyuan.plan.stack.ServiceSpec;
import cn.gov.qingyuan.plan.testkit.DeployedService;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs on the build machines, so deploy/compose.yaml is checked by reading it: every service
 * built so far is in it, runs its own jar, gets every variable it reads, pointing at the compose stores, and logs in
 * to each store as itself: its own PostgreSQL role, its own Kafka SCRAM user over TLS, its own MongoDB user, with
 * every password a secret file. That the settings work is shown elsewhere: DeployedConnectionSettingsTest (eventing,
 * projection-kit) binds them as a service does, LimitedDatabaseRoleTest (industrial-projects) runs the PostgreSQL init
 * and the service as its role, KafkaSaslDeployTest starts a broker from deploy/kafka.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("..", "deploy", "compose.yaml");

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceIsDeployedWithEveryVariableItNeeds() {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertThat(services).containsKeys("postgres", "kafka", "mongo");
        assertThat(ServiceCatalog.ALL).isNotEmpty();
        for (ServiceSpec spec : ServiceCatalog.ALL) {
            assertThat(services).as("deploy/compose.yaml runs " + spec.name()).containsKey(spec.name());
            Map<String, Object> service = (Map<String, Object>) services.get(spec.name());
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            Map<String, String> secrets = DeployedService.named(spec.name()).secrets();
            for (String variable : spec.requiredVariables()) {
                assertThat(environment.containsKey(variable) || secrets.containsKey(variable))
                        .as(spec.name() + " is given " + variable + " (in its environment or as a secret file)").isTrue();
            }
            assertThat(environment.get("SERVER_PORT").toString()).isEqualTo(Integer.toString(spec.port()));
            assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS").toString()).startsWith("kafka:");
            if (spec.postgresSchema() != null) {
                assertThat(environment.get("POSTGRES_URL").toString()).startsWith("jdbc:postgresql://postgres:");
                assertThat(environment.get("POSTGRES_SCHEMA")).isEqualTo(spec.postgresSchema());
            }
            if (spec.mongoDatabase() != null) {
                assertThat(environment.get("MONGODB_URI").toString()).startsWith("mongodb://").contains("@mongo:");
                assertThat(environment.get("MONGODB_DATABASE")).isEqualTo(spec.mongoDatabase());
            }
            List<String> volumes = (List<String>) service.get("volumes");
            assertThat(volumes).anySatisfy(volume -> assertThat(volume)
                    .startsWith("../services/" + spec.name() + "/target/" + spec.name() + "-").contains("-exec.jar:"));
            assertThat((List<String>) service.get("ports")).contains(spec.port() + ":" + spec.port());
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyCommandServiceLogsInToPostgresAsItsOwnRoleWhichTheInitScriptCreatesAndNoneAsTheSuperuser() throws IOException {
        String init = initSql();
        Map<String, Object> postgres = service("postgres");
        String superuser = ((Map<String, Object>) postgres.get("environment")).get("POSTGRES_USER").toString();
        Set<String> users = new HashSet<>();
        for (ServiceSpec spec : ServiceCatalog.ALL) {
            Map<String, String> env = DeployedService.named(spec.name()).environment();
            if (spec.postgresSchema() == null) {
                assertThat(env).as(spec.name() + " has no database").doesNotContainKeys("POSTGRES_USER", "POSTGRES_PASSWORD");
                continue;
            }
            String user = env.get("POSTGRES_USER");
            assertThat(user).as(spec.name() + "'s PostgreSQL user").isEqualTo(spec.postgresSchema()).isNotEqualTo(superuser);
            assertThat(users.add(user)).as(user + " is used by one service only").isTrue();
            assertThat(init).as("deploy/postgres/init creates role " + user).contains("'" + user + "'");
            String password = spec.postgresSchema() + "_db_password";
            assertThat(DeployedService.named(spec.name()).secrets()).as(spec.name() + "'s password is its own secret")
                    .containsEntry("POSTGRES_PASSWORD", password);
            assertThat(DeployedService.named("postgres").secrets()).as("the init script reads " + password).containsKey(password);
        }
        assertThat(init).contains("REVOKE CREATE ON SCHEMA public FROM PUBLIC").contains("NOSUPERUSER").doesNotContain(" SUPERUSER ");
        assertThat((List<String>) postgres.get("volumes")).contains("./postgres/init:/docker-entrypoint-initdb.d:ro");
        assertThat(((Map<String, Object>) postgres.get("environment"))).containsKey("POSTGRES_PASSWORD_FILE").doesNotContainKey("POSTGRES_PASSWORD");
    }

    @Test
    void everyServiceTalksToKafkaOverSaslSslWithItsOwnScramUser() {
        Map<String, String> kafka = DeployedService.named("kafka").environment();
        List<String> brokerUsers = List.of(kafka.get("KAFKA_SCRAM_USERS").split(" "));
        Set<String> users = new HashSet<>();
        for (ServiceSpec spec : ServiceCatalog.ALL) {
            DeployedService deployed = DeployedService.named(spec.name());
            Map<String, String> env = deployed.environment();
            assertThat(env).as(spec.name()).containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
                    .containsEntry("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512")
                    .containsEntry("SPRING_KAFKA_SSL_TRUST_STORE_LOCATION", "file:/tls/truststore.p12")
                    .containsEntry("SPRING_KAFKA_SSL_TRUST_STORE_PASSWORD", "${KAFKA_TRUSTSTORE_PASSWORD}")
                    .containsEntry("SPRING_CONFIG_IMPORT", "configtree:/run/secrets/");
            assertThat(env.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG")).as(spec.name() + "'s Kafka login")
                    .isEqualTo("org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + spec.name()
                            + "\" password=\"${KAFKA_PASSWORD}\";");
            assertThat(users.add(spec.name())).isTrue();
            assertThat(brokerUsers).as("the broker creates a SCRAM user for " + spec.name()).contains(spec.name());
            String secret = "kafka_" + spec.name().replace('-', '_') + "_password";
            assertThat(deployed.secrets()).containsEntry("KAFKA_PASSWORD", secret).containsEntry("KAFKA_TRUSTSTORE_PASSWORD", "tls_store_password");
            assertThat(DeployedService.named("kafka").secrets()).as("the broker reads " + secret).containsKey(secret);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBrokerListensOnlyWithSaslSslOnTheNetworkAndTheViewsLogInToMongoAsTheirOwnUser() throws IOException {
        Properties broker = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("..", "deploy", "kafka", "server.properties"))) {
            broker.load(reader);
        }
        assertThat(broker.getProperty("listeners")).isEqualTo("SASL_SSL://:9092,CONTROLLER://127.0.0.1:9093");
        assertThat(broker.getProperty("advertised.listeners")).isEqualTo("SASL_SSL://kafka:9092");
        assertThat(broker.getProperty("sasl.enabled.mechanisms")).isEqualTo("SCRAM-SHA-512");
        assertThat(broker.getProperty("inter.broker.listener.name")).isEqualTo("SASL_SSL");
        assertThat(broker.stringPropertyNames()).noneMatch(name -> name.contains("password") || name.contains("jaas"));
        assertThat((List<String>) service("kafka").get("entrypoint")).contains("/plan/kafka/start.sh");

        Map<String, String> mongo = DeployedService.named("mongo").environment();
        assertThat(mongo).containsKeys("MONGO_INITDB_ROOT_USERNAME", "MONGO_INITDB_ROOT_PASSWORD_FILE").doesNotContainKey("MONGO_INITDB_ROOT_PASSWORD");
        String uri = DeployedService.named("target-views").environment().get("MONGODB_URI");
        assertThat(uri).isEqualTo("mongodb://target-views:${MONGODB_PASSWORD}@mongo:27017/target_views?authSource=target_views");
        assertThat(DeployedService.named("target-views").secrets()).containsEntry("MONGODB_PASSWORD", "mongo_target_views_password");
        String init = Files.readString(Path.of("..", "deploy", "mongo", "init", "10-target-views-user.js"));
        assertThat(init).contains("user: 'target-views'", "role: 'readWriteAnyDatabase', db: 'admin'", "/run/secrets/mongo_target_views_password");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everySecretIsAFileOutsideGitAndNoPasswordIsWrittenInTheComposeFile() throws IOException {
        Map<String, Object> secrets = (Map<String, Object>) compose().get("secrets");
        assertThat(secrets).isNotEmpty();
        secrets.forEach((name, definition) -> assertThat(((Map<String, Object>) definition).get("file")).isEqualTo("./secrets/" + name));
        String makeSecrets = Files.readString(Path.of("..", "deploy", "make-secrets.sh"));
        secrets.keySet().forEach(name -> assertThat(makeSecrets).as("make-secrets.sh writes " + name)
                .containsAnyOf("secret " + name, "secret \"${schema}_db_password\"", "secret \"kafka_${service}_password\""));
        assertThat(Files.readString(Path.of("..", ".gitignore"))).contains("deploy/secrets/", "deploy/tls/out/");
        for (Map.Entry<String, Object> service : ((Map<String, Object>) compose().get("services")).entrySet()) {
            Object environment = ((Map<String, Object>) service.getValue()).get("environment");
            if (environment instanceof Map<?, ?> env) {
                env.forEach((key, value) -> {
                    if (key.toString().contains("PASSWORD") && !key.toString().endsWith("_FILE")) {
                        assertThat(value.toString()).as(service.getKey() + " " + key).startsWith("$${").endsWith("}");
                    }
                });
            }
        }
    }

    @Test
    void theMountedJarsAreTheOnesTheBuildProduces() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        String text = Files.readString(COMPOSE);
        for (ServiceSpec spec : ServiceCatalog.ALL) {
            Path jar = spec.executableJar(root);
            assertThat(text).contains("../" + root.relativize(jar) + ":/app/service.jar");
        }
    }

    private static Map<String, Object> compose() {
        assertThat(DeployedService.composeFile()).isEqualTo(COMPOSE.toAbsolutePath().normalize());
        return DeployedService.compose();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
    }

    private static String initSql() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("..", "deploy", "postgres", "init"))) {
            StringBuilder sql = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                sql.append(Files.readString(file));
            }
            return sql.toString();
        }
    }
}
