package cn.gov.qingyuan.plan.http;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Loads {@code META-INF/plan-defaults/*.properties} from every platform module on the classpath as the
 * lowest-precedence property source. That is how each service inherits the platform's settings (the
 * environment variables for external Kafka, PostgreSQL and MongoDB, the Actuator endpoints, Axon without
 * Axon Server) while its own application.yml and the environment still win.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
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
