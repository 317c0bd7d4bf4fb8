package cn.gov.qingyuan.plan.parks;

import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent;
import cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregates know nothing of HTTP; the service uses nothing of another service but the shared platform; and the
 * parks' event contracts in platform/event-contracts depend on nothing but the JDK, Jackson's annotations and the
 * shared contracts. Each rule first checks that the package it guards exists, so a rename cannot make it check nothing.
 */
class ArchitectureTest {

    private final JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.qingyuan.plan.parks");
    private final JavaClasses contracts = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.qingyuan.plan.contracts.parks");

    @Test
    void theCommandSideDoesNotDependOnTheApiOrSpringWeb() {
        assertThat(service.stream().filter(c -> c.getPackageName().endsWith("parks.command"))).as("the guarded package exists").isNotEmpty();
        noClasses().that().resideInAPackage("..parks.command..")
                .should().dependOnClassesThat().resideInAnyPackage("..parks.api..", "org.springframework.web..", "cn.gov.qingyuan.plan.http..")
                .check(service);
    }

    @Test
    void theServiceUsesNoOtherServicesInternals_onlyThePlatform() {
        assertThat(service.stream().filter(c -> c.getPackageName().endsWith("parks.api"))).as("the guarded package exists").isNotEmpty();
        noClasses().that().resideInAPackage("cn.gov.qingyuan.plan.parks..")
                .should().dependOnClassesThat(resideInAPackage("cn.gov.qingyuan.plan..").and(not(resideInAnyPackage(
                        "cn.gov.qingyuan.plan.parks..", "cn.gov.qingyuan.plan.contracts..", "cn.gov.qingyuan.plan.commands..",
                        "cn.gov.qingyuan.plan.eventing..", "cn.gov.qingyuan.plan.http.."))))
                .check(service);
    }

    @Test
    void theEventContractsDependOnNothingButTheJdkJacksonAnnotationsAndTheSharedContracts() {
        assertThat(contracts).as("the guarded package exists").hasSizeGreaterThanOrEqualTo(3);
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.gov.qingyuan.plan.contracts..",
                "com.fasterxml.jackson.annotation..").check(contracts);
    }

    @Test
    void everyEventContractIsListedInItsInterfacesAll_withASchemaVersion_andTravelsAsAParksEventType() {
        assertThat(List.<Class<?>>copyOf(ParkMonthEvent.ALL)).containsExactlyInAnyOrder(ParkMonthEvent.class.getPermittedSubclasses());
        assertThat(List.<Class<?>>copyOf(CircularEconomyRetrofitEvent.ALL))
                .containsExactlyInAnyOrder(CircularEconomyRetrofitEvent.class.getPermittedSubclasses());
        List<Class<?>> all = new ArrayList<>(ParkMonthEvent.ALL);
        all.addAll(CircularEconomyRetrofitEvent.ALL);
        assertThat(all).hasSize(4);
        all.forEach(type -> assertThat(EventType.of(type).cloudEventType())
                .isEqualTo("cn.gov.qingyuan.plan.parks." + type.getSimpleName() + ".v1"));
    }
}
