package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.stack.ServiceCatalog;
import cn.gov.qingyuan.plan.stack.ServiceSpec;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No Docker engine runs on the build machines, so deploy/compose.yaml is checked by reading it: every service
 * built so far is in it, runs its own jar, and gets every variable it reads, pointing at the compose stores.
 */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("..", "deploy", "compose.yaml");

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceIsDeployedWithEveryVariableItNeeds() throws IOException {
        Map<String, Object> services = (Map<String, Object>) compose().get("services");
        assertThat(services).containsKeys("postgres", "kafka", "mongo");
        assertThat(ServiceCatalog.ALL).isNotEmpty();
        for (ServiceSpec spec : ServiceCatalog.ALL) {
            assertThat(services).as("deploy/compose.yaml runs " + spec.name()).containsKey(spec.name());
            Map<String, Object> service = (Map<String, Object>) services.get(spec.name());
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            assertThat(environment).as(spec.name() + "'s environment").containsKeys(spec.requiredVariables().toArray(String[]::new));
            assertThat(environment.get("SERVER_PORT").toString()).isEqualTo(Integer.toString(spec.port()));
            assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS").toString()).startsWith("kafka:");
            if (spec.postgresSchema() != null) {
                assertThat(environment.get("POSTGRES_URL").toString()).startsWith("jdbc:postgresql://postgres:");
                assertThat(environment.get("POSTGRES_SCHEMA")).isEqualTo(spec.postgresSchema());
            }
            if (spec.mongoDatabase() != null) {
                assertThat(environment.get("MONGODB_URI").toString()).startsWith("mongodb://mongo:");
                assertThat(environment.get("MONGODB_DATABASE")).isEqualTo(spec.mongoDatabase());
            }
            List<String> volumes = (List<String>) service.get("volumes");
            assertThat(volumes).anySatisfy(volume -> assertThat(volume)
                    .startsWith("../services/" + spec.name() + "/target/" + spec.name() + "-").contains("-exec.jar:"));
            assertThat((List<String>) service.get("ports")).contains(spec.port() + ":" + spec.port());
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

    private static Map<String, Object> compose() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        try (Reader reader = Files.newBufferedReader(COMPOSE)) {
            return new Yaml(options).load(reader);
        }
    }
}
