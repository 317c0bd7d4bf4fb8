package cn.gov.qingyuan.plan.retrofit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregate knows nothing of HTTP; the retrofit contracts (in platform/event-contracts) depend on nothing but
 * the JDK, Jackson's annotations and the other contracts; and the service uses no other service's code, only the
 * platform's.
 */
class ArchitectureTest {

    private static final ImportOption MAIN_ONLY = ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
    private final JavaClasses service = new ClassFileImporter().withImportOption(MAIN_ONLY).importPackages("cn.gov.qingyuan.plan.retrofit");
    private final JavaClasses contracts = new ClassFileImporter().withImportOption(MAIN_ONLY)
            .importPackages("cn.gov.qingyuan.plan.contracts.retrofit");

    @Test
    void theCommandSideDoesNotDependOnTheApi() {
        assertThat(service.stream().filter(c -> c.getPackageName().endsWith(".retrofit.command"))).as("the guarded package exists").isNotEmpty();
        noClasses().that().resideInAPackage("..retrofit.command..")
                .should().dependOnClassesThat().resideInAnyPackage("..retrofit.api..", "org.springframework.web..", "cn.gov.qingyuan.plan.http..")
                .check(service);
    }

    @Test
    void theRetrofitContractsAreReadyToMoveIntoThePlatform() {
        assertThat(contracts).as("the guarded package exists").hasSizeGreaterThanOrEqualTo(3);
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.gov.qingyuan.plan.contracts..",
                "com.fasterxml.jackson.annotation..").check(contracts);
        classes().that().implement(cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.class).should().beRecords().check(contracts);
    }

    @Test
    void theServiceUsesOnlyThePlatformNotAnotherServicesCode() {
        assertThat(service).as("the guarded package exists").hasSizeGreaterThan(5);
        noClasses().should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("another service's classes",
                        c -> c.getPackageName().startsWith("cn.gov.qingyuan.plan.")
                                && !c.getPackageName().startsWith("cn.gov.qingyuan.plan.retrofit")
                                && !c.getPackageName().startsWith("cn.gov.qingyuan.plan.contracts")
                                && !c.getPackageName().startsWith("cn.gov.qingyuan.plan.commands")
                                && !c.getPackageName().startsWith("cn.gov.qingyuan.plan.eventing")
                                && !c.getPackageName().startsWith("cn.gov.qingyuan.plan.http")))
                .check(service);
    }
}
