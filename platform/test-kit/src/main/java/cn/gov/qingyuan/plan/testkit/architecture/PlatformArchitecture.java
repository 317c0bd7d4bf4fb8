package cn.gov.qingyuan.plan.testkit.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;

import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's layering, as rules over the classes of every module: contracts are plain data (no Spring), a service
 * uses only its own code and the platform's, never another service's, eventing knows nothing of HTTP or the command kit, and a service's command side
 * knows nothing of its API. Each rule first asserts that the packages it guards exist, so a rename cannot make it
 * pass by checking nothing.
 */
public final class PlatformArchitecture {

    static final String ROOT = "cn.gov.qingyuan.plan";
    /** The root package of each service, by its module. */
    public static final List<String> SERVICES = List.of("projects", "retrofit", "statistics", "targets", "parks", "energy", "views");

    private PlatformArchitecture() {
    }

    public static void contractsDoNotImportSpring(JavaClasses classes) {
        requirePackages(classes, ROOT + ".contracts");
        noClasses().that().resideInAPackage(ROOT + ".contracts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..", "jakarta.persistence..")
                .check(classes);
    }

    /** A service uses its own code and the platform's (contracts, command kit, eventing, HTTP, projection kit), never another service's. */
    public static void servicesUseOnlyThePlatform(JavaClasses classes) {
        requirePackages(classes, SERVICES.stream().map(service -> ROOT + "." + service).toArray(String[]::new));
        for (String service : SERVICES) {
            noClasses().that().resideInAPackage(ROOT + "." + service + "..")
                    .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAnyPackage(ROOT + "." + service + "..",
                            ROOT + ".contracts..", ROOT + ".commands..", ROOT + ".eventing..", ROOT + ".http..", ROOT + ".projection.."))))
                    .check(classes);
        }
    }

    public static void eventingImportsNoWebCode(JavaClasses classes) {
        requirePackages(classes, ROOT + ".eventing");
        noClasses().that().resideInAPackage(ROOT + ".eventing..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..", ROOT + ".http..",
                        ROOT + ".commands..")
                .check(classes);
    }

    public static void commandSidesImportNoApi(JavaClasses classes) {
        List<String> commandPackages = Stream.of("projects", "retrofit", "statistics", "targets", "parks", "energy")
                .map(service -> ROOT + "." + service + ".command").toList();
        requirePackages(classes, commandPackages.toArray(String[]::new));
        for (String command : commandPackages) {
            String service = command.substring(0, command.lastIndexOf('.'));
            noClasses().that().resideInAPackage(command + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(service + ".api..", "org.springframework.web..", ROOT + ".http..")
                    .check(classes);
        }
    }

    private static void requirePackages(JavaClasses classes, String... packages) {
        for (String name : packages) {
            assertThat(classes.stream().anyMatch(c -> c.getPackageName().equals(name) || c.getPackageName().startsWith(name + ".")))
                    .as("the guarded package %s exists", name).isTrue();
        }
    }
}
