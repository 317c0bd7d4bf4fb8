package cn.gov.qingyuan.plan.stack;

import cn.gov.qingyuan.plan.stack.ServiceSpec.Link;

import java.util.List;

/** Every service built so far. {@code make run} starts them all; a test checks deploy/compose.yaml names them all. */
public final class ServiceCatalog {

    public static final ServiceSpec INDUSTRIAL_PROJECTS = new ServiceSpec("industrial-projects", 8081, "industrial_projects", null, List.of(
            new Link("API", "/api/projects"),
            new Link("OpenAPI UI", "/swagger-ui.html"),
            new Link("Prometheus", "/actuator/prometheus")));

    public static final ServiceSpec TECHNICAL_RETROFIT = new ServiceSpec("technical-retrofit", 8082, "technical_retrofit", null, List.of(
            new Link("API", "/api/retrofit-projects"),
            new Link("OpenAPI UI", "/swagger-ui.html"),
            new Link("Prometheus", "/actuator/prometheus")));

    public static final ServiceSpec INDUSTRY_STATISTICS = new ServiceSpec("industry-statistics", 8084, "industry_statistics", null, List.of(
            new Link("API", "/api/statistical-returns/{county}/{period}"),
            new Link("OpenAPI UI", "/swagger-ui.html"),
            new Link("Prometheus", "/actuator/prometheus")));

    public static final ServiceSpec TARGET_VIEWS = new ServiceSpec("target-views", 8090, null, "target_views", List.of(
            new Link("City view", "/api/views/industrial-investment/city?period=2015"),
            new Link("County view", "/api/views/industrial-investment/counties/qingcheng?period=2015"),
            new Link("OpenAPI UI", "/swagger-ui.html"),
            new Link("Prometheus", "/actuator/prometheus")));

    public static final List<ServiceSpec> ALL = List.of(INDUSTRIAL_PROJECTS, TECHNICAL_RETROFIT, INDUSTRY_STATISTICS, TARGET_VIEWS);

    private ServiceCatalog() {
    }
}
