package cn.gov.qingyuan.plan.views;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three parts: facts (topics to facts, their storage), figures (pure computation of the views from facts,
 * targets and a day), web (controllers, streams, exports). Facts know nothing of the views; figures nothing of where
 * facts are stored or come from, nor of HTTP.
 */
class ArchitectureTest {

    private final JavaClasses service = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.qingyuan.plan.views");

    @Test
    void theGuardedPackagesExist() {
        for (String part : new String[] {".facts", ".figures", ".web"}) {
            assertThat(service.stream().filter(c -> c.getPackageName().endsWith(part))).as(part).isNotEmpty();
        }
    }

    @Test
    void figuresAreComputedWithoutStorageMessagingOrHttp() {
        noClasses().that().resideInAPackage("..views.figures..").should().dependOnClassesThat()
                .resideInAnyPackage("com.mongodb..", "org.bson..", "org.apache.kafka..", "cn.gov.qingyuan.plan.projection..",
                        "cn.gov.qingyuan.plan.http..", "org.springframework.web..", "..views.web..")
                .check(service);
        noClasses().that().resideInAPackage("..views.figures..").and().doNotHaveSimpleName("FiguresConfiguration")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..").check(service);
    }

    @Test
    void factsKnowNothingOfTheViews() {
        noClasses().that().resideInAPackage("..views.facts..").should().dependOnClassesThat()
                .resideInAnyPackage("..views.figures..", "..views.web..", "cn.gov.qingyuan.plan.http..", "org.springframework.web..")
                .check(service);
    }
}
