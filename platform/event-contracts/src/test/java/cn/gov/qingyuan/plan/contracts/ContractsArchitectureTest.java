package cn.gov.qingyuan.plan.contracts;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** Event contracts are plain data shared by producers and consumers: no framework, no persistence. */
class ContractsArchitectureTest {

    private final JavaClasses contracts = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.qingyuan.plan.contracts");

    @Test
    void contractsDependOnNothingButTheJdkAndJacksonAnnotations() {
        assertThat(contracts).as("the guarded package exists").hasSizeGreaterThan(5);
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "cn.gov.qingyuan.plan.contracts..",
                "com.fasterxml.jackson.annotation..").check(contracts);
    }

    @Test
    void eventsAreRecords() {
        noClasses().that().implement(cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.class)
                .or().implement(cn.gov.qingyuan.plan.contracts.retrofit.RetrofitProjectEvent.class)
                .or().implement(cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.class)
                .or().implement(cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.class)
                .or().implement(cn.gov.qingyuan.plan.contracts.parks.ParkMonthEvent.class)
                .or().implement(cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.class)
                .or().implement(cn.gov.qingyuan.plan.contracts.energy.CleanProductionAuditEvent.class)
                .or().implement(cn.gov.qingyuan.plan.contracts.energy.MotorUpgradeEvent.class)
                .or().implement(cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.class)
                .or().implement(cn.gov.qingyuan.plan.contracts.energy.EnergyMonitoringEvent.class)
                .or().implement(cn.gov.qingyuan.plan.contracts.energy.EnergyManagementPlatformEvent.class)
                .should().notBeRecords().check(contracts);
    }

    /** Every event type is a record with a schema version, and its interface's {@code ALL} lists exactly its permitted records. */
    @Test
    void everyEventInterfaceListsExactlyItsRecords_eachWithASchemaVersion() throws ReflectiveOperationException {
        List<Class<?>> interfaces = contracts.stream().map(JavaClass::reflect).filter(Class::isSealed).filter(Class::isInterface)
                .filter(type -> type.getSimpleName().endsWith("Event")).toList();
        assertThat(interfaces).as("the guarded event interfaces exist").hasSizeGreaterThanOrEqualTo(11);
        assertThat(EventCatalogue.FAMILIES).as("the catalogue's families").containsExactlyInAnyOrderElementsOf(interfaces);
        assertThat(EventCatalogue.all()).as("the catalogue's events").hasSize(
                interfaces.stream().mapToInt(type -> type.getPermittedSubclasses().length).sum());
        for (Class<?> type : interfaces) {
            List<?> all = (List<?>) type.getField("ALL").get(null);
            assertThat(List.<Object>of((Object[]) type.getPermittedSubclasses())).as(type.getSimpleName()).containsExactlyInAnyOrderElementsOf(all);
            for (Class<?> event : type.getPermittedSubclasses()) {
                assertThat(event.isRecord()).as(event.getName() + " is a record").isTrue();
                assertThat(event.getAnnotation(SchemaVersion.class)).as(event.getName() + " has a schema version").isNotNull();
            }
        }
    }
}
