package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.testkit.architecture.PlatformArchitecture;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's layering rules over the main classes of every module of the build (built before this one). */
class PlatformArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> outputs;
        try (Stream<Path> platform = Files.list(root.resolve("platform")); Stream<Path> services = Files.list(root.resolve("services"))) {
            outputs = Stream.concat(platform, services).map(module -> module.resolve("target/classes")).filter(Files::isDirectory).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        assertThat(outputs).as("compiled modules under %s", root).hasSizeGreaterThanOrEqualTo(12);
        classes = new ClassFileImporter().importPaths(outputs);
    }

    @Test
    void contractsDoNotImportSpring() {
        PlatformArchitecture.contractsDoNotImportSpring(classes);
    }

    @Test
    void servicesUseOnlyThePlatform() {
        PlatformArchitecture.servicesUseOnlyThePlatform(classes);
    }

    @Test
    void eventingImportsNoWebCode() {
        PlatformArchitecture.eventingImportsNoWebCode(classes);
    }

    @Test
    void commandSidesImportNoApi() {
        PlatformArchitecture.commandSidesImportNoApi(classes);
    }
}
