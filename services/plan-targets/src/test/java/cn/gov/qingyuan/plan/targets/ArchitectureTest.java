package cn.gov.qingyuan.plan.targets;

import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregate knows nothing of HTTP or files; the event contracts kept here for now depend on nothing the
 * platform's event-contracts module would refuse, so they can move there unchanged.
 */
class ArchitectureTest {

    private final JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.qingyuan.plan.targets", "cn.gov.qingyuan.plan.contracts.targets");

    @Test
    void theCommandSideDoesNotDependOnTheApiOrOnImports() {
        assertThat(service.stream().filter(c -> c.getPackageName().endsWith("targets.command"))).as("the guarded package exists").isNotEmpty();
        noClasses().that().resideInAPackage("..targets.command..")
                .should().dependOnClassesThat().resideInAnyPackage("..targets.api..", "..targets.input..", "..targets.sheet..",
                        "..targets.seed..", "org.springframework.web..", "cn.gov.qingyuan.plan.http..", "org.apache.poi..")
                .check(service);
    }

    @Test
    void theContractsDependOnlyOnTheJdkJacksonAnnotationsAndOtherContracts() {
        assertThat(service.stream().filter(c -> c.getPackageName().equals("cn.gov.qingyuan.plan.contracts.targets")))
                .as("the guarded package exists").hasSizeGreaterThan(5);
        classes().that().resideInAPackage("cn.gov.qingyuan.plan.contracts.targets..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.gov.qingyuan.plan.contracts..",
                        "com.fasterxml.jackson.annotation..")
                .check(service);
    }

    @Test
    void eventsAreRecords() {
        noClasses().that().implement(PlanTargetEvent.class).should().notBeRecords().check(service);
    }

    @Test
    void noOtherServiceIsImported() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("cn.gov.qingyuan.plan.projects..", "cn.gov.qingyuan.plan.retrofit..",
                "cn.gov.qingyuan.plan.statistics..", "cn.gov.qingyuan.plan.views..").check(service);
    }
}
