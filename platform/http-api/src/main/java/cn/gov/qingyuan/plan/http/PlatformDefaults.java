package cn.gov.qingyuan.plan.http;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;

/**
 * Loads {@code META-INF/plan-defaults/*.properties} from every platform module on the classpath as the
 * lowest-precedence property source. That is how each service inherits the platform's settings (the
 * environment variables for external Kafka, PostgreSQL and MongoDB, the Actuator endpoints, Axon without
 * Axon Server) while its own application.yml and the environment still win.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getProperty("management.server.port", Integer.class, -1) > 0) {
            // Only the management port answers Actuator, on loopback unless MANAGEMENT_SERVER_ADDRESS says otherwise;
            // no token is asked there, and its health shows everything.
            environment.getPropertySources().addLast(new MapPropertySource("plan-defaults:management-port",
                    Map.of("management.server.address", "127.0.0.1", "management.endpoint.health.show-details", "always",
                            "management.endpoint.health.show-components", "always")));
        }
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:META-INF/plan-defaults/*.properties");
            Arrays.sort(files, Comparator.comparing(Resource::getDescription));
            for (Resource file : files) {
                environment.getPropertySources().addLast(
                        new PropertiesPropertySource("plan-defaults:" + file.getFilename(), PropertiesLoaderUtils.loadProperties(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the platform defaults", e);
        }
    }
}
