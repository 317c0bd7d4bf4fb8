package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.testkit.DeployedService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.support.ResourcePropertySource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command service given exactly the environment and secrets deploy/compose.yaml gives it: every Kafka client it
 * makes (the event publisher's producer, the admin client of the topic checks and of Boot's topic creation, a
 * consumer) logs in with SCRAM-SHA-512 over TLS, and it connects to PostgreSQL as its own role, with the passwords
 * read from the secret files rather than the environment.
 */
class DeployedConnectionSettingsTest {

    static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"industrial-projects\""
            + " password=\"kafka-secret-of-industrial-projects\";";

    @TempDir
    Path secrets;

    @Test
    void everyKafkaClientOfACommandServiceUsesSaslSslAndItsDatabaseLoginIsItsOwnRole() throws IOException {
        Map<String, String> env = DeployedService.named("industrial-projects").environmentWithSecretsIn(secrets, Map.of(
                "industrial_projects_db_password", "pg-secret-of-industrial-projects",
                "kafka_industrial_projects_password", "kafka-secret-of-industrial-projects",
                "tls_store_password", "store-secret"));
        assertThat(env).doesNotContainKey("POSTGRES_PASSWORD");

        try (ConfigurableApplicationContext context = start(env)) {
            KafkaProperties kafka = context.getBean(KafkaProperties.class);
            Map<String, Object> producer = new EventingAutoConfiguration().cloudEventKafkaTemplate(kafka).getProducerFactory()
                    .getConfigurationProperties();
            for (Map<String, Object> client : List.of(producer, kafka.buildAdminProperties(null), kafka.buildConsumerProperties(null))) {
                assertThat(client.get("bootstrap.servers").toString()).contains("kafka:9092");
                assertThat(client).containsEntry("security.protocol", "SASL_SSL")
                        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                        .containsEntry("sasl.jaas.config", JAAS)
                        .containsEntry("ssl.truststore.type", "PKCS12")
                        .containsEntry("ssl.truststore.location", "/tls/truststore.p12")
                        .containsEntry("ssl.truststore.password", "store-secret");
            }

            Environment settings = context.getEnvironment();
            assertThat(settings.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://postgres:5432/qingyuan");
            assertThat(settings.getProperty("spring.datasource.username")).isEqualTo("industrial_projects");
            assertThat(settings.getProperty("spring.datasource.password")).isEqualTo("pg-secret-of-industrial-projects");
        }
    }

    /** The service's start-up up to its settings: the deployed environment as the process's, eventing's defaults below. */
    private static ConfigurableApplicationContext start(Map<String, String> env) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(env)));
        environment.getPropertySources().addLast(new ResourcePropertySource("classpath:META-INF/plan-defaults/eventing.properties"));
        return new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE).environment(environment).run();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(KafkaProperties.class)
    static class Settings {
    }
}
