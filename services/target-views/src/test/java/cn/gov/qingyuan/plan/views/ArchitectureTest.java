package cn.gov.qingyuan.plan.views;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** The plan's targets are plain data: they know nothing of where views are stored or where events come from. */
class ArchitectureTest {

    private final JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.qingyuan.plan.views");

    @Test
    void targetsDoNotDependOnStorageOrMessaging() {
        assertThat(service.stream().filter(c -> c.getPackageName().endsWith(".targets"))).as("the guarded package exists").isNotEmpty();
        noClasses().that().resideInAPackage("..views.targets..").should().dependOnClassesThat()
                .resideInAnyPackage("com.mongodb..", "org.bson..", "org.apache.kafka..", "cn.gov.qingyuan.plan.projection..", "..views.investment..")
                .check(service);
    }
}
