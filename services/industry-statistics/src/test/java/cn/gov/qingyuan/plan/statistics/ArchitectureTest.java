package cn.gov.qingyuan.plan.statistics;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregate knows nothing of HTTP; the service uses nothing of another service but the shared platform; and
 * the event contracts kept here until they move to platform/event-contracts depend on nothing they could not take
 * with them. Each rule first checks that the package it guards exists, so a rename cannot make it check nothing.
 */
class ArchitectureTest {

    private final JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.qingyuan.plan.statistics");
    private final JavaClasses contracts = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.qingyuan.plan.contracts.statistics");

    @Test
    void theCommandSideDoesNotDependOnTheApi() {
        assertThat(service.stream().filter(c -> c.getPackageName().endsWith("statistics.command"))).as("the guarded package exists").isNotEmpty();
        noClasses().that().resideInAPackage("..statistics.command..")
                .should().dependOnClassesThat().resideInAnyPackage("..statistics.api..", "org.springframework.web..", "cn.gov.qingyuan.plan.http..")
                .check(service);
    }

    @Test
    void theServiceUsesNoOtherServicesInternals_onlyThePlatform() {
        assertThat(service.stream().filter(c -> c.getPackageName().endsWith("statistics.api"))).as("the guarded package exists").isNotEmpty();
        noClasses().that().resideInAPackage("cn.gov.qingyuan.plan.statistics..")
                .should().dependOnClassesThat(resideInAPackage("cn.gov.qingyuan.plan..").and(not(resideInAnyPackage(
                        "cn.gov.qingyuan.plan.statistics..", "cn.gov.qingyuan.plan.contracts..", "cn.gov.qingyuan.plan.commands..",
                        "cn.gov.qingyuan.plan.eventing..",
                        "cn.gov.qingyuan.plan.http.."))))
                .check(service);
    }

    @Test
    void theEventContractsDependOnNothingButTheJdkJacksonAnnotationsAndTheSharedContracts() {
        assertThat(contracts).as("the guarded package exists").hasSizeGreaterThanOrEqualTo(3);
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.gov.qingyuan.plan.contracts..",
                "com.fasterxml.jackson.annotation..").check(contracts);
    }
}
