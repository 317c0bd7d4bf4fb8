package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.stack.EmbeddedStack;
import cn.gov.qingyuan.plan.stack.Infrastructure;
import cn.gov.qingyuan.plan.stack.ServiceCatalog;
import cn.gov.qingyuan.plan.stack.ServiceProcess;
import cn.gov.qingyuan.plan.stack.ServiceSpec;
import cn.gov.qingyuan.plan.stack.StackOptions;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the dashboard's browser tests, the store rebuild and the security suite run against: every service, each in its
 * own JVM, on a stack of their own (the end-to-end scenario checks citywide totals on the shared one). Started once for
 * every browser test class of the run ({@link Shared} keeps them in JUnit's root store, which closes them at the end),
 * so each test compares figures before and after what it submits rather than absolute figures.
 */
final class DashboardServices implements ExtensionContext.Store.CloseableResource {

    private final EmbeddedStack stack;
    private Infrastructure infrastructure;
    private final List<ServiceProcess> services = new ArrayList<>();
    private ServiceSpec viewsSpec;
    private final Map<String, ServiceSpec> running = new java.util.concurrent.ConcurrentHashMap<>();
    private Http projectsApi;

    /** Hands a test class's {@code @BeforeAll} method the one running instance. */
    static final class Shared implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == DashboardServices.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.create(DashboardServices.class))
                    .getOrComputeIfAbsent(DashboardServices.class, key -> new DashboardServices(), DashboardServices.class);
        }
    }

    private DashboardServices() {
        stack = EmbeddedStack.start(StackOptions.ephemeral());
        try {
            infrastructure = Infrastructure.of(stack, TestStack.issuer());
            RunningSystem system = new RunningSystem(infrastructure);
            // Every command service, started side by side: a rebuild from the stores needs the store of every topic.
            List<ServiceSpec> commandServices = ServiceCatalog.ALL.stream().filter(spec -> spec.postgresSchema() != null)
                    .map(RunningSystem::onFreePort).toList();
            List<java.util.concurrent.CompletableFuture<ServiceProcess>> starting = commandServices.stream()
                    .map(spec -> java.util.concurrent.CompletableFuture.supplyAsync(() -> system.start(spec))).toList();
            for (var process : starting) {
                services.add(process.join());
            }
            commandServices.forEach(spec -> running.put(spec.name(), spec));
            ServiceSpec projectsSpec = running.get(ServiceCatalog.INDUSTRIAL_PROJECTS.name());
            viewsSpec = RunningSystem.onFreePort(ServiceCatalog.TARGET_VIEWS);
            services.add(system.start(viewsSpec, Map.of("PLAN_AUDIT_SERVICES", ServiceSpec.auditedServices(commandServices))));
            running.put(viewsSpec.name(), viewsSpec);
            projectsApi = new Http(projectsSpec.url(""),
                    TestStack.issuer().token("yingde.reporter", "reporter", "county:yingde", Duration.ofHours(1)));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** A connection to the services' PostgreSQL, in industrial-projects' schema: what a test that tampers with the store needs. */
    java.sql.Connection industrialProjectsStore() throws java.sql.SQLException {
        java.sql.Connection connection = java.sql.DriverManager.getConnection(infrastructure.postgresUrl(), infrastructure.postgresUser(),
                infrastructure.postgresPassword());
        connection.setSchema(ServiceCatalog.INDUSTRIAL_PROJECTS.postgresSchema());
        return connection;
    }

    /** Each of {@code specs} from the catalogue as it runs on this stack, on its own port. */
    List<ServiceSpec> running(List<ServiceSpec> specs) {
        return specs.stream().map(spec -> running.get(spec.name())).toList();
    }

    /** An address on target-views, e.g. {@code /dashboard/}. */
    String viewsUrl(String path) {
        return viewsSpec.url(path);
    }

    /** Registers a project in Yingde, as Yingde's county government; its id. */
    String registerProject() {
        HttpResult registered = projectsApi.postJson("/api/projects", json("enterprise", "Yingde Precision Castings Co.",
                "county", "yingde", "industry", "precision castings", "plannedInvestmentWanYuan", 80000,
                "advancedManufacturing", true, "highTech", false));
        assertThat(registered.status()).as(registered.text()).isEqualTo(201);
        return registered.json().get("projectId").asText();
    }

    void reportInvestment(String projectId, String period, BigDecimal amountWanYuan) {
        HttpResult reported = projectsApi.postJson("/api/projects/" + projectId + "/investment-reports",
                json("period", period, "amountWanYuan", amountWanYuan));
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
    }

    void correctInvestment(String projectId, String period, BigDecimal amountWanYuan, String reason) {
        HttpResult corrected = projectsApi.postJson("/api/projects/" + projectId + "/investment-reports/" + period + "/corrections",
                json("amountWanYuan", amountWanYuan, "reason", reason));
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(201);
    }

    @Override
    public void close() {
        services.forEach(ServiceProcess::close);
        stack.close();
    }
}
