package cn.gov.qingyuan.plan.targets;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only plan-targets adds to the platform's rules (PlatformArchitecture, run by system-tests): its aggregate
 * knows nothing of files either, neither the sheets nor the seed nor the imports that read them.
 */
class ArchitectureTest {

    private final JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.qingyuan.plan.targets");

    @Test
    void theCommandSideDoesNotDependOnImportsSheetsOrTheSeed() {
        assertThat(service.stream().filter(c -> c.getPackageName().endsWith("targets.command"))).as("the guarded package exists").isNotEmpty();
        noClasses().that().resideInAPackage("..targets.command..")
                .should().dependOnClassesThat().resideInAnyPackage("..targets.api..", "..targets.input..", "..targets.sheet..",
                        "..targets.seed..", "org.apache.poi..")
                .check(service);
    }
}
