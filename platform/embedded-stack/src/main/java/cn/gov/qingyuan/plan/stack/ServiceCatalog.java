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

    public static final ServiceSpec PLAN_TARGETS = new ServiceSpec("plan-targets", 8085, "plan_targets", null, List.of(
            new Link("Indicators", "/api/indicators"),
            new Link("Targets", "/api/targets/industrial-investment"),
            new Link("OpenAPI UI", "/swagger-ui.html"),
            new Link("Prometheus", "/actuator/prometheus")));

    public static final ServiceSpec PARK_METRICS = new ServiceSpec("park-metrics", 8083, "park_metrics", null, List.of(
            new Link("API", "/api/parks/{parkId}/months/{period}"),
            new Link("OpenAPI UI", "/swagger-ui.html"),
            new Link("Prometheus", "/actuator/prometheus")));

    public static final ServiceSpec ENERGY_AUDITS = new ServiceSpec("energy-audits", 8086, "energy_audits", null, List.of(
            new Link("API", "/api/clean-production-audits"),
            new Link("OpenAPI UI", "/swagger-ui.html"),
            new Link("Prometheus", "/actuator/prometheus")));

    public static final ServiceSpec TARGET_VIEWS = new ServiceSpec("target-views", 8090, null, "target_views", List.of(
            new Link("Dashboard", "/dashboard/"),
            new Link("City view", "/api/views/city?period=2015"),
            new Link("County view", "/api/views/counties/qingcheng?period=2015"),
            new Link("Live stream", "/api/views/city/stream?period=2015"),
            new Link("Exports", "/api/views/city?period=2015&format=xlsx"),
            new Link("Audit trail", "/api/audit/events"),
            new Link("Past view", "/api/views/city?period=2016&asOf=2016-07-09T00:00%2B08:00"),
            new Link("OpenAPI UI", "/swagger-ui.html"),
            new Link("Prometheus", "/actuator/prometheus")));

    public static final List<ServiceSpec> ALL = List.of(INDUSTRIAL_PROJECTS, TECHNICAL_RETROFIT, PARK_METRICS, INDUSTRY_STATISTICS, ENERGY_AUDITS, PLAN_TARGETS, TARGET_VIEWS);

    private ServiceCatalog() {
    }
}
