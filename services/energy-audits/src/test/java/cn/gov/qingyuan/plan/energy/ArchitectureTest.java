package cn.gov.qingyuan.plan.energy;

import cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent;
import cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent;
import cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent;
import cn.gov.qingyuan.plan.contracts.SchemaVersion;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregates know nothing of HTTP; the energy contracts, which the lead will move into platform/event-contracts,
 * depend on nothing but the JDK, Jackson's annotations and the other contracts, are records with a schema version and
 * are all listed in their interface's {@code ALL}; and the service uses no other service's code, only the platform's.
 */
class ArchitectureTest {

    private static final ImportOption MAIN_ONLY = ImportOption.Predefined.DO_NOT_INCLUDE_TESTS;
    private final JavaClasses service = new ClassFileImporter().withImportOption(MAIN_ONLY).importPackages("cn.gov.qingyuan.plan.energy");
    private final JavaClasses contracts = new ClassFileImporter().withImportOption(MAIN_ONLY)
            .importPackages("cn.gov.qingyuan.plan.contracts.energy");

    @Test
    void theCommandSideDoesNotDependOnTheApi() {
        assertThat(service.stream().filter(c -> c.getPackageName().endsWith(".energy.command"))).as("the guarded package exists").isNotEmpty();
        noClasses().that().resideInAPackage("..energy.command..")
                .should().dependOnClassesThat().resideInAnyPackage("..energy.api..", "org.springframework.web..", "cn.gov.qingyuan.plan.http..")
                .check(service);
    }

    @Test
    void theEnergyContractsAreReadyToMoveIntoThePlatform() {
        assertThat(contracts).as("the guarded package exists").hasSizeGreaterThanOrEqualTo(10);
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.gov.qingyuan.plan.contracts..",
                "com.fasterxml.jackson.annotation..").check(contracts);
        classes().that().implement(CleanProductionAuditEvent.class).or().implement(MotorUpgradeEvent.class)
                .or().implement(CountyEnergyReturnEvent.class).or().implement(EnergyMonitoringEvent.class)
                .should().beRecords().andShould().beAnnotatedWith(SchemaVersion.class).check(contracts);
    }

    @Test
    void everyEventIsListedInItsInterface() {
        Stream.of(CleanProductionAuditEvent.class, MotorUpgradeEvent.class, CountyEnergyReturnEvent.class, EnergyMonitoringEvent.class)
                .forEach(type -> assertThat(List.<Object>of((Object[]) type.getPermittedSubclasses())).as(type.getSimpleName())
                        .containsExactlyInAnyOrderElementsOf(allOf(type)));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> allOf(Class<?> type) {
        try {
            return (List<Object>) type.getField("ALL").get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type + " has no ALL", e);
        }
    }

    @Test
    void theServiceUsesOnlyThePlatformNotAnotherServicesCode() {
        assertThat(service).as("the guarded package exists").hasSizeGreaterThan(10);
        noClasses().should().dependOnClassesThat(DescribedPredicate.describe("another service's classes",
                        c -> c.getPackageName().startsWith("cn.gov.qingyuan.plan.")
                                && !c.getPackageName().startsWith("cn.gov.qingyuan.plan.energy")
                                && !c.getPackageName().startsWith("cn.gov.qingyuan.plan.contracts")
                                && !c.getPackageName().startsWith("cn.gov.qingyuan.plan.eventing")
                                && !c.getPackageName().startsWith("cn.gov.qingyuan.plan.commands")
                                && !c.getPackageName().startsWith("cn.gov.qingyuan.plan.http")))
                .check(service);
    }
}
