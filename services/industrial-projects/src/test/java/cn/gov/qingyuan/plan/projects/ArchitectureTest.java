package cn.gov.qingyuan.plan.projects;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The aggregate knows nothing of HTTP: rules are decided in the command package, requests are read in the api package. */
class ArchitectureTest {

    private final JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.qingyuan.plan.projects");

    @Test
    void theCommandSideDoesNotDependOnTheApi() {
        assertThat(service.stream().filter(c -> c.getPackageName().endsWith(".command"))).as("the guarded package exists").isNotEmpty();
        noClasses().that().resideInAPackage("..projects.command..")
                .should().dependOnClassesThat().resideInAnyPackage("..projects.api..", "org.springframework.web..", "cn.gov.qingyuan.plan.http..")
                .check(service);
    }
}
