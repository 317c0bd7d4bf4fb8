package cn.gov.qingyuan.plan.projection;

import cn.gov.qingyuan.plan.testkit.DeployedService;
import com.mongodb.ConnectionString;
import com.mongodb.MongoCredential;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projection service given exactly the environment and secrets deploy/compose.yaml gives it: its consumers (live
 * and replays) and admin client log in with SCRAM-SHA-512 over TLS, and its MongoDB client authenticates as its own
 * user against the views' database, the passwords read from the secret files.
 */
class DeployedConnectionSettingsTest {

    @TempDir
    Path secrets;

    @Test
    void theProjectionsKafkaClientsUseSaslSslAndItsMongoClientLogsInAsItsOwnUser() {
        Map<String, String> env = DeployedService.named("target-views").environmentWithSecretsIn(secrets, Map.of(
                "kafka_target_views_password", "kafka-secret-of-target-views", "tls_store_password", "store-secret",
                "mongo_target_views_password", "mongo-secret-of-target-views"));

        try (ConfigurableApplicationContext context = start(env)) {
            KafkaProperties kafka = context.getBean(KafkaProperties.class);
            for (Map<String, Object> client : List.of(kafka.buildConsumerProperties(null), kafka.buildAdminProperties(null))) {
                assertThat(client).containsEntry("security.protocol", "SASL_SSL")
                        .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                        .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                                + " username=\"target-views\" password=\"kafka-secret-of-target-views\";")
                        .containsEntry("ssl.truststore.location", "/tls/truststore.p12")
                        .containsEntry("ssl.truststore.password", "store-secret");
            }

            ConnectionString mongo = new ConnectionString(context.getEnvironment().getProperty("plan.projection.mongodb-uri"));
            MongoCredential credential = mongo.getCredential();
            assertThat(credential).isNotNull();
            assertThat(credential.getUserName()).isEqualTo("target-views");
            assertThat(credential.getSource()).isEqualTo("target_views");
            assertThat(new String(credential.getPassword())).isEqualTo("mongo-secret-of-target-views");
            assertThat(mongo.getHosts()).containsExactly("mongo:27017");
        }
    }

    /** The service's start-up up to its settings: the deployed environment as the process's, the platform's defaults below. */
    private static ConfigurableApplicationContext start(Map<String, String> env) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new HashMap<>(env)));
        return new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE).environment(environment).run();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(KafkaProperties.class)
    static class Settings {
    }
}
