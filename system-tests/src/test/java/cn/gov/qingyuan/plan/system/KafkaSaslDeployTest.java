package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.stack.FreePorts;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * deploy/kafka and deploy/tls for real, short of Docker: make-certs.sh makes the CA and the broker's certificate with
 * keytool; start.sh writes the broker's configuration from server.properties and the secrets and formats its storage
 * with the SCRAM users, with stand-ins for the image's kafka-storage.sh and kafka-server-start.sh that record what they
 * were asked; that format and that configuration then run here, in process. A client with a service's SCRAM login and
 * the deploy truststore publishes and reads; a wrong password and a plaintext client are refused.
 * <p>
 * About half a minute, most of it keytool's key generation and JVM starts, too long for every {@code make test}: run
 * with {@code make deploy-check}, which sets {@code plan.deploy-check}.
 */
@EnabledIfSystemProperty(named = "plan.deploy-check", matches = "true")
class KafkaSaslDeployTest {

    static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();
    static final String USER = "industrial-projects";

    @TempDir
    static Path work;
    static KafkaRaftServer broker;
    static int port;
    static Map<String, String> secrets = new HashMap<>();

    @BeforeAll
    static void startTheDeployedBroker() throws Exception {
        Path secretsDir = Files.createDirectories(work.resolve("secrets"));
        for (String secret : List.of("tls_store_password", "kafka_broker_password", "kafka_industrial_projects_password", "kafka_target_views_password")) {
            secrets.put(secret, secret + "-" + Long.toHexString(System.nanoTime()));
            Files.writeString(secretsDir.resolve(secret), secrets.get(secret) + "\n");
        }
        Path tls = work.resolve("tls");
        run(Map.of("TLS_STORE_PASSWORD_FILE", secretsDir.resolve("tls_store_password").toString()), "sh", DEPLOY.resolve("tls/make-certs.sh").toString(), tls.toString());

        Path kafkaHome = Files.createDirectories(work.resolve("kafka/bin"));
        standIn(kafkaHome.resolve("kafka-storage.sh"), "if [ \"$1\" = random-uuid ]; then echo q1nGyUaNpLaNdEpLoYtEsT; exit 0; fi\nprintf '%s\\n' \"$@\" > \"$KAFKA_HOME/format.args\"");
        standIn(kafkaHome.resolve("kafka-server-start.sh"), "printf '%s\\n' \"$@\" > \"$KAFKA_HOME/start.args\"");
        port = FreePorts.pickOne();
        int controllerPort = FreePorts.pickOne();
        Path logDir = work.resolve("kafka-data");
        String overrides = String.join("\n",
                "listeners=SASL_SSL://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=SASL_SSL://localhost:" + port,
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "ssl.keystore.location=" + tls.resolve("broker/kafka.p12"),
                "ssl.truststore.location=" + tls.resolve("broker/truststore.p12"),
                "log.dirs=" + logDir);
        Map<String, String> env = new HashMap<>(Map.of("KAFKA_HOME", kafkaHome.getParent().toString(), "SECRETS_DIR", secretsDir.toString(),
                "KAFKA_RUNTIME_CONFIG_DIR", work.resolve("runtime").toString(), "KAFKA_SCRAM_USERS", "industrial-projects target-views",
                "KAFKA_CONFIG_OVERRIDES", overrides));
        run(env, "bash", DEPLOY.resolve("kafka/start.sh").toString());

        List<String> format = Files.readAllLines(kafkaHome.getParent().resolve("format.args"));
        assertThat(format).contains("format", "SCRAM-SHA-512=[name=broker,password=" + secrets.get("kafka_broker_password") + "]",
                "SCRAM-SHA-512=[name=industrial-projects,password=" + secrets.get("kafka_industrial_projects_password") + "]");
        Path config = Path.of(Files.readAllLines(kafkaHome.getParent().resolve("start.args")).get(0));
        assertThat(Files.getPosixFilePermissions(config)).as("only the broker's user reads its passwords")
                .allMatch(permission -> permission.name().startsWith("OWNER"));
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(config)) {
            properties.load(reader);
        }
        KafkaConfig brokerConfig = KafkaConfig.fromProps(properties, false);
        format(format, brokerConfig);
        broker = new KafkaRaftServer(brokerConfig, Time.SYSTEM);
        broker.startup();
    }

    @AfterAll
    static void stop() {
        if (broker != null) {
            broker.shutdown();
            broker.awaitShutdown();
        }
    }

    @Test
    void aServiceWithItsScramLoginAndTheDeployTruststorePublishesAndReads() throws Exception {
        String topic = "plan.sasl-check.events";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(client(USER, secrets.get("kafka_industrial_projects_password")),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "project-1", "registered")).get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> consumerConfig = client("target-views", secrets.get("kafka_target_views_password"));
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "target-views-sasl-check");
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach((ConsumerRecord<String, String> r) -> values.add(r.value()));
            }
            assertThat(values).containsExactly("registered");
        }
    }

    @Test
    void aWrongPasswordIsRefused() {
        try (Admin admin = Admin.create(client(USER, "not-" + secrets.get("kafka_industrial_projects_password")))) {
            assertThatThrownBy(() -> admin.listTopics().names().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void aPlaintextClientGetsNothing() {
        Map<String, Object> plaintext = new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port,
                "request.timeout.ms", 3000, "default.api.timeout.ms", 5000));
        try (Admin admin = Admin.create(plaintext)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS)).isNotNull();
        }
    }

    /** A client configured as deploy/compose.yaml configures a service's (SPRING_KAFKA_* variables). */
    private static Map<String, Object> client(String user, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + port);
        config.put("security.protocol", "SASL_SSL");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";");
        config.put("ssl.truststore.type", "PKCS12");
        config.put("ssl.truststore.location", work.resolve("tls/client/truststore.p12").toString());
        config.put("ssl.truststore.password", secrets.get("tls_store_password"));
        config.put("request.timeout.ms", 10000);
        config.put("default.api.timeout.ms", 30000);
        return config;
    }

    /**
     * What {@code kafka-storage.sh format --config ... --cluster-id ... --add-scram ...} does, in process (the tool's
     * argument parser is not on the test classpath): the same cluster id and SCRAM arguments, the node's directories.
     */
    private static void format(List<String> arguments, KafkaConfig config) throws Exception {
        assertThat(arguments.get(0)).isEqualTo("format");
        String clusterId = null;
        List<String> scram = new ArrayList<>();
        for (int i = 1; i < arguments.size(); i += 2) {
            switch (arguments.get(i)) {
                case "--cluster-id" -> clusterId = arguments.get(i + 1);
                case "--add-scram" -> scram.add(arguments.get(i + 1));
                case "--config" -> assertThat(arguments.get(i + 1)).isNotBlank();
                default -> throw new AssertionError("start.sh passed an argument this test does not know: " + arguments.get(i));
            }
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter().setPrintStream(print).setNodeId(config.nodeId()).setClusterId(clusterId)
                    .setDirectories(scala.jdk.javaapi.CollectionConverters.asJava(config.logDirs()))
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setControllerListenerName(config.controllerListenerNames().head())
                    .setScramArguments(scram).run();
        }
    }

    private static void standIn(Path script, String body) throws IOException {
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
    }

    private static void run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder process = new ProcessBuilder(command).redirectErrorStream(true);
        process.environment().putAll(env);
        Process started = process.start();
        String output = new String(started.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(started.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).as(String.join(" ", command) + ":\n" + output).isZero();
    }
}
