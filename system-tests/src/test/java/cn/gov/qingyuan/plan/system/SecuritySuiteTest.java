package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.stack.LocalIssuer;
import cn.gov.qingyuan.plan.stack.ServiceCatalog;
import cn.gov.qingyuan.plan.stack.ServiceSpec;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security suite: every service, as separate JVMs over real HTTP, tried as an attacker would. Each group is one
 * parameterized test, each case one invocation: tokens; reporting units and their domains; other units' records;
 * bodies; operational endpoints; correlation ids. Every refusal is problem+json naming the field, and writes nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(DashboardServices.Shared.class)
class SecuritySuiteTest {

    private static final List<ServiceSpec> COMMAND_SERVICES = List.of(ServiceCatalog.INDUSTRIAL_PROJECTS, ServiceCatalog.TECHNICAL_RETROFIT,
            ServiceCatalog.PARK_METRICS, ServiceCatalog.INDUSTRY_STATISTICS, ServiceCatalog.ENERGY_AUDITS, ServiceCatalog.PLAN_TARGETS);
    private static final String RETROFIT_CODE = "914418000000000321";
    private static final String AUDIT_CODE = "914418000000000654";

    private final Map<String, ServiceSpec> specs = new java.util.LinkedHashMap<>();
    private final List<Write> writes = new ArrayList<>();
    private final List<Owned> owned = new ArrayList<>();
    private LocalIssuer otherKeys;

    /** A way to create a record: the service, method and path, a valid body, and a unit that may send it. */
    record Write(String service, String method, String path, String body, String unit) {
        @Override
        public String toString() {
            return service + " " + method + " " + path;
        }
    }

    /** A record Yingde's reporters keep, with a change of it and the unit that tries to read and change it from outside. */
    record Owned(String service, String address, String changePath, String changeBody, String owner, String outsider) {
        @Override
        public String toString() {
            return service + " " + address;
        }
    }

    @BeforeAll
    void services(DashboardServices running, @TempDir Path keys) {
        List<ServiceSpec> all = new ArrayList<>(COMMAND_SERVICES);
        all.add(ServiceCatalog.TARGET_VIEWS);
        List<ServiceSpec> started = running.running(all);
        for (int i = 0; i < all.size(); i++) {
            specs.put(all.get(i).name(), started.get(i));
        }
        otherKeys = LocalIssuer.loadOrCreate(keys);
        String project = json("enterprise", "Yingde Suite Castings Co.", "county", "yingde", "industry", "precision castings",
                "plannedInvestmentWanYuan", 1000, "advancedManufacturing", true, "highTech", false);
        String retrofit = json("enterpriseCode", RETROFIT_CODE, "enterpriseName", "Yingde Suite Ceramics Co.", "county", "yingde",
                "parkId", "huaqiao", "aboveScale", true, "revenueAtLeast50Million", true, "retrofitTypes", List.of("SMART_RETROFIT"),
                "plannedInvestmentWanYuan", 800, "listedInCityLibrary", true);
        String month = json("fixedAssetInvestmentInIndustrialProjectsWanYuan", 42000.5,
                "industrialValueAddedWanYuan", 310000, "aboveScaleValueAddedWanYuan", 265000);
        String statistics = json("patentsGranted", 4);
        String audit = json("enterpriseCode", AUDIT_CODE, "enterpriseName", "Yingde Suite Cement Co.", "county", "yingde",
                "industry", "BUILDING_MATERIALS");
        writes.add(new Write("industrial-projects", "POST", "/api/projects", project, "county:yingde"));
        writes.add(new Write("technical-retrofit", "POST", "/api/retrofit-projects", retrofit, "county:yingde"));
        writes.add(new Write("park-metrics", "PUT", "/api/parks/huaqiao/months/2016-02", month, "park:huaqiao"));
        writes.add(new Write("industry-statistics", "PUT", "/api/statistical-returns/yingde/2016-02", statistics, "county:yingde"));
        writes.add(new Write("energy-audits", "POST", "/api/clean-production-audits", audit, "county:yingde"));

        for (Write write : writes) {
            HttpResult created = http(write.service(), TestStack.token("reporter", write.unit())).send(write.method(), write.path(),
                    "application/json", write.body(), Map.of());
            assertThat(created.status()).as(write + ": " + created.text()).isEqualTo(201);
            String address = created.header("Location") != null ? URI.create(created.header("Location")).getPath() : write.path();
            owned.add(switch (write.service()) {
                case "industrial-projects" -> new Owned(write.service(), address, address + "/investment-reports",
                        json("period", "2016-02", "amountWanYuan", 10), write.unit(), "county:qingcheng");
                case "technical-retrofit" -> new Owned(write.service(), address, address + "/completion",
                        json("completedOn", "2016-02-01"), write.unit(), "county:qingcheng");
                case "park-metrics" -> new Owned(write.service(), address, address + "/revisions",
                        json("figures", Map.of("fixedAssetInvestmentInIndustrialProjectsWanYuan", 1,
                                "industrialValueAddedWanYuan", 3, "aboveScaleValueAddedWanYuan", 2), "reason", "recount of the month"),
                        write.unit(), "park:yinghong");
                case "industry-statistics" -> new Owned(write.service(), address, address + "/revisions",
                        json("figures", Map.of("patentsGranted", 5), "reason", "one more patent was granted"), write.unit(), "county:qingcheng");
                default -> new Owned(write.service(), address, address + "/start", json("startedOn", "2016-02-01"), write.unit(), "county:qingcheng");
            });
        }
    }

    // ---- 1. Tokens: every service, every kind of bad token, on a route that needs one ------------------------------

    Stream<Arguments> badTokens() {
        Map<String, String> routes = new java.util.LinkedHashMap<>();
        routes.put("industrial-projects", "/api/projects/no-such-project");
        routes.put("technical-retrofit", "/api/retrofit-projects/no-such-project");
        routes.put("park-metrics", "/api/parks/huaqiao/months/2015-05");
        routes.put("industry-statistics", "/api/statistical-returns/yingde/2015-05");
        routes.put("energy-audits", "/api/clean-production-audits/no-such-audit");
        routes.put("plan-targets", "/api/targets/industrial-investment");
        routes.put("target-views", "/api/views/city?period=2015");
        Instant now = Instant.now();
        Map<String, Map.Entry<String, String>> tokens = new java.util.LinkedHashMap<>();
        tokens.put("no token", Map.entry("", "valid, unexpired token"));
        tokens.put("garbage", Map.entry("not-a-token", "valid, unexpired token"));
        tokens.put("expired", Map.entry(TestStack.issuer().token("x", "monitor", null, now.minus(Duration.ofHours(2)), Duration.ofHours(1)), "expired"));
        tokens.put("alg=none", Map.entry(unsigned(), "valid, unexpired token"));
        tokens.put("another key", Map.entry(otherKeys.token("x", "monitor", null, Duration.ofMinutes(5)), "valid, unexpired token"));
        tokens.put("no exp", Map.entry(signed(claims(now).claims(c -> c.remove("exp"))), "no expiry (exp)"));
        tokens.put("a year long", Map.entry(signed(claims(now).expiresAt(now.plus(Duration.ofDays(365)))), "longer than the PT12H"));
        tokens.put("another audience", Map.entry(signed(claims(now).audience(List.of("another-platform"))), "does not include 'qingyuan-plan'"));
        tokens.put("no audience", Map.entry(signed(claims(now).claims(c -> c.remove("aud"))), "audience (aud) is missing"));
        tokens.put("another issuer", Map.entry(signed(claims(now).issuer("https://elsewhere.example")), "iss"));
        tokens.put("unknown role", Map.entry(signed(claims(now).claim("role", "superuser")), "'superuser' is not one of"));
        tokens.put("no role", Map.entry(signed(claims(now).claims(c -> c.remove("role"))), "no role claim"));
        tokens.put("reporter without unit", Map.entry(signed(claims(now).claim("role", "reporter")), "must name its reporting unit"));
        return routes.entrySet().stream().flatMap(route -> tokens.entrySet().stream()
                .map(token -> Arguments.of(route.getKey(), route.getValue(), token.getKey(), token.getValue().getKey(), token.getValue().getValue())));
    }

    @ParameterizedTest(name = "tokens: {0} refuses {2}")
    @MethodSource("badTokens")
    void aBadTokenIs401NamingTheRule(String service, String route, String kind, String token, String reason) {
        HttpResult refused = http(service, null).get(route, token.isEmpty() ? Map.of() : Map.of("Authorization", "Bearer " + token));
        assertProblem(refused, 401, "Authorization", reason);
    }

    // ---- 2. Reporting units: only registered ones, refused before the body is read -----------------------------------

    Stream<Arguments> unregisteredUnits() {
        return writes.stream().flatMap(write -> Stream.of("bureau:sec-no-such-bureau", "park:no-such-park", "county:atlantis", "nowhere")
                .map(unit -> Arguments.of(write, unit)));
    }

    @ParameterizedTest(name = "units: {0} refuses {1}")
    @MethodSource("unregisteredUnits")
    void anUnregisteredUnitIs403BeforeAnythingElse(Write write, String unit) {
        // An empty body, which would be a 400: the unit is refused first.
        HttpResult refused = http(write.service(), signed(claims(Instant.now()).claim("role", "reporter").claim("org", unit)))
                .send(write.method(), write.path(), "application/json", "{}", Map.of());
        assertProblem(refused, 403, "Authorization", unit.contains(":") && !unit.startsWith("county") ? "is not a registered" : "is not one");
    }

    @org.junit.jupiter.api.Test
    void aPlannerOfAnUnregisteredBureauCannotSetTargets() {
        HttpResult refused = http("plan-targets", signed(claims(Instant.now()).claim("role", "planner").claim("org", "bureau:sec-no-such-bureau")))
                .putJson("/api/targets/industrial-investment", "{}");
        assertProblem(refused, 403, "Authorization", "is not a registered bureau");
    }

    Stream<Arguments> domains() {
        Write project = writes.get(0);
        Write retrofit = writes.get(1);
        Write month = writes.get(2);
        Write statistics = writes.get(3);
        Write audit = writes.get(4);
        String energyReturn = json("so2Tonnes", 1);
        return Stream.of(
                Arguments.of("bureau:environment", project, 403),
                Arguments.of("bureau:finance", project, 403),
                Arguments.of("bureau:statistics", retrofit, 403),
                Arguments.of("bureau:environment", new Write(month.service(), "PUT", "/api/parks/huaqiao/months/2016-03", month.body(), null), 403),
                Arguments.of("bureau:commerce", new Write(statistics.service(), "PUT", "/api/statistical-returns/qingxin/2016-02", statistics.body(), null), 403),
                Arguments.of("bureau:science", new Write(audit.service(), "POST", audit.path(), audit.body().replace(AUDIT_CODE, "914418000000000655"), null), 403),
                Arguments.of("bureau:statistics", new Write("energy-audits", "PUT", "/api/energy-returns/lianzhou/2016-02", energyReturn, null), 201),
                Arguments.of("bureau:environment", new Write("energy-audits", "PUT", "/api/energy-returns/lianzhou/2016-03", energyReturn, null), 201),
                Arguments.of("bureau:science", new Write(statistics.service(), "PUT", "/api/statistical-returns/liannan/2016-02", statistics.body(), null), 201),
                Arguments.of("bureau:economy-it", new Write(project.service(), "POST", project.path(), project.body(), null), 201));
    }

    @ParameterizedTest(name = "domains: {0} writing {1} gets {2}")
    @MethodSource("domains")
    void aBureauReportsOnlyInItsDomains(String bureau, Write write, int expected) {
        HttpResult answer = http(write.service(), TestStack.token("reporter", bureau)).send(write.method(), write.path(), "application/json", write.body(), Map.of());
        if (expected == 201) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        } else {
            assertProblem(answer, 403, "Authorization", bureau + " does not report");
        }
    }

    // ---- 3. Other units' records: no write, change, read or history from outside ------------------------------------

    Stream<Arguments> outsiders() {
        return Stream.concat(
                writes.stream().filter(write -> write.unit().startsWith("county")).map(write -> Arguments.of("write for another county",
                        write.service(), write.method(), write.path(), write.body(), "county:qingcheng")),
                owned.stream().flatMap(record -> Stream.of(
                        Arguments.of("change another unit's record", record.service(), "POST", record.changePath(), record.changeBody(), record.outsider()),
                        Arguments.of("read another unit's record", record.service(), "GET", record.address(), null, record.outsider()),
                        Arguments.of("read a record's history as a reporter", record.service(), "GET", record.address() + "/history", null, record.owner()),
                        Arguments.of("read another unit's history", record.service(), "GET", record.address() + "/history", null, record.outsider()))));
    }

    @ParameterizedTest(name = "records: {0}: {1} {2} {3}")
    @MethodSource("outsiders")
    void anotherUnitsRecordIsRefused(String what, String service, String method, String path, String body, String unit) {
        Http outsider = http(service, TestStack.token("reporter", unit));
        HttpResult refused = outsider.send(method, path, body == null ? null : "application/json", body,
                method.equals("GET") ? Map.of() : Map.of("If-Match", "\"0\""));
        assertThat(refused.status()).as(refused.text()).isIn(403, 404);
        assertThat(refused.contentType()).contains("application/problem+json");
    }

    // ---- 4. Bodies: too large, chunked, malformed, unknown fields, out-of-range figures, periods and ids ---------------

    Stream<Arguments> badBodies() {
        String padding = "E".repeat(70_000);
        List<Arguments> cases = new ArrayList<>();
        for (Write write : writes) {
            Http reporter = http(write.service(), TestStack.token("reporter", write.unit()));
            cases.add(Arguments.of(write, "oversize", (Function<Write, HttpResult>) w -> reporter.send(w.method(), w.path(), "application/json",
                    json("padding", padding), Map.of()), 413, "body"));
            cases.add(Arguments.of(write, "chunked oversize", (Function<Write, HttpResult>) w -> chunked(w, padding), 413, "body"));
            cases.add(Arguments.of(write, "malformed JSON", (Function<Write, HttpResult>) w -> reporter.send(w.method(), w.path(), "application/json",
                    "{\"county\": ", Map.of()), 400, null));
            cases.add(Arguments.of(write, "unknown field", (Function<Write, HttpResult>) w -> reporter.send(w.method(), w.path(), "application/json",
                    w.body().replaceFirst("\\{", "{\"isAdmin\":true,"), Map.of()), 400, "isAdmin"));
            cases.add(Arguments.of(write, "not JSON", (Function<Write, HttpResult>) w -> reporter.send(w.method(), w.path(), "text/plain",
                    "hello", Map.of()), 415, null));
        }
        Http yingde = http("industrial-projects", TestStack.token("reporter", "county:yingde"));
        String project = owned.get(0).address();
        cases.add(Arguments.of(writes.get(0), "huge number", (Function<Write, HttpResult>) w -> yingde.postJson(project + "/investment-reports",
                "{\"period\":\"2016-03\",\"amountWanYuan\":1e400}"), 400, "amountWanYuan"));
        cases.add(Arguments.of(writes.get(0), "negative amount", (Function<Write, HttpResult>) w -> yingde.postJson(project + "/investment-reports",
                json("period", "2016-03", "amountWanYuan", -5)), 400, "amountWanYuan"));
        cases.add(Arguments.of(writes.get(0), "out-of-plan period", (Function<Write, HttpResult>) w -> yingde.postJson(project + "/investment-reports",
                json("period", "2031-01", "amountWanYuan", 5)), 400, "period"));
        Http statistics = http("industry-statistics", TestStack.token("reporter", "county:yingde"));
        cases.add(Arguments.of(writes.get(3), "out-of-plan period in the path", (Function<Write, HttpResult>) w -> statistics.putJson(
                "/api/statistical-returns/yingde/2009-01", w.body()), 400, "period"));
        cases.add(Arguments.of(writes.get(3), "negative count", (Function<Write, HttpResult>) w -> statistics.putJson(
                "/api/statistical-returns/yingde/2016-04", json("patentsGranted", -1)), 400, "patentsGranted"));
        for (String traversal : List.of("/api/projects/..%2F..%2Fetc%2Fpasswd", "/api/projects/%2e%2e%2f%2e%2e%2fetc", "/api/projects/x%00y")) {
            cases.add(Arguments.of(writes.get(0), "path traversal " + traversal, (Function<Write, HttpResult>) w -> yingde.get(traversal), 0, null));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "bodies: {0}: {1}")
    @MethodSource("badBodies")
    void aBadBodyIsRefusedAndWritesNothing(Write write, String what, Function<Write, HttpResult> send, int status, String field) {
        HttpResult refused = send.apply(write);
        if (status == 0) {
            // A path that tries to leave its route: refused as a bad request or an unknown record, never served or a 500.
            assertThat(refused.status()).as(refused.text()).isIn(400, 404);
            return;
        }
        assertThat(refused.status()).as(refused.text()).isEqualTo(status);
        assertThat(refused.contentType()).contains("application/problem+json");
        if (field != null) {
            assertThat(refused.json().get("field").asText()).as(refused.text()).isEqualTo(field);
        }
    }

    // ---- 5. Operational endpoints: health's status for anyone, the rest for operators ---------------------------------

    Stream<Arguments> operational() {
        return specs.keySet().stream().flatMap(service -> Stream.of(
                Arguments.of(service, "/actuator/health", null, 200),
                Arguments.of(service, "/actuator/health", "operator", 200),
                Arguments.of(service, "/actuator/prometheus", null, 401),
                Arguments.of(service, "/actuator/prometheus", "monitor", 403),
                Arguments.of(service, "/actuator/prometheus", "operator", 200),
                Arguments.of(service, "/actuator/metrics", "auditor", 403),
                Arguments.of(service, "/actuator/metrics", "operator", 200)));
    }

    @ParameterizedTest(name = "operations: {0} {1} as {2} gets {3}")
    @MethodSource("operational")
    void operationalEndpointsAnswerOperatorsOnly(String service, String path, String role, int expected) {
        HttpResult answer = http(service, role == null ? null : TestStack.token(role, null)).get(path);
        assertThat(answer.status()).as(answer.text()).isEqualTo(expected);
        if (path.equals("/actuator/health")) {
            JsonNode health = answer.json();
            assertThat(health.get("status").asText()).isEqualTo("UP");
            if (role == null) {
                assertThat(health.has("components")).as("health details for anyone: " + answer.text()).isFalse();
                assertThat(answer.text()).doesNotContain("diskSpace", "path");
            } else {
                assertThat(health.get("components").has("diskSpace")).as(answer.text()).isTrue();
            }
        } else if (expected != 200) {
            assertThat(answer.contentType()).contains("application/problem+json");
        }
    }

    // ---- 6. Correlation ids: issued by the server, the client's own kept as its reference -----------------------------

    Stream<Arguments> correlation() {
        return Stream.of(Arguments.of("qingcheng-request-1"), Arguments.of("another-countys-id"));
    }

    @ParameterizedTest(name = "correlation: a client's id {0} is its reference, not the request's id")
    @MethodSource("correlation")
    void theServerIssuesTheCorrelationId(String clientsOwn) {
        Http yingde = http("industrial-projects", TestStack.token("reporter", "county:yingde"));
        String project = owned.get(0).address();
        String period = "2016-0" + (clientsOwn.length() % 5 + 5);
        HttpResult reported = yingde.postJson(project + "/investment-reports", json("period", period, "amountWanYuan", 3),
                Map.of("X-Correlation-Id", clientsOwn));
        assertThat(reported.status()).as(reported.text()).isEqualTo(201);
        String issued = reported.header("X-Correlation-Id");
        assertThat(issued).isNotEqualTo(clientsOwn);
        assertThat(UUID.fromString(issued)).isNotNull();
        assertThat(reported.header("X-Client-Reference")).isEqualTo(clientsOwn);
        JsonNode history = http("industrial-projects", TestStack.token("auditor", null)).get(project + "/history").json();
        JsonNode last = history.get(history.size() - 1).get("metadata");
        assertThat(last.get("correlationId").asText()).isEqualTo(issued);
        assertThat(last.get("clientReference").asText()).isEqualTo(clientsOwn);
    }

    // ---- 7. Views: a reporter sees what the plan circulates and its own county (ADR 0013); the browser is fenced ---------

    Stream<Arguments> readership() {
        return Stream.of(
                Arguments.of("county:yingde", "/api/views/city?period=2015", 200),
                Arguments.of("county:yingde", "/api/views/ranking?period=2015", 200),
                Arguments.of("county:yingde", "/api/views/supervision?year=2015", 200),
                Arguments.of("county:yingde", "/api/views/counties/yingde?period=2015", 200),
                Arguments.of("county:yingde", "/api/views/counties/qingcheng?period=2015", 403),
                Arguments.of("county:yingde", "/api/views/counties/qingcheng?period=2015&format=xlsx", 403),
                Arguments.of("county:yingde", "/api/views/counties/qingcheng?period=2015&format=csv", 403),
                Arguments.of("county:yingde", "/api/views/counties/qingcheng/stream?period=2015", 403),
                Arguments.of("county:yingde", "/api/views/industrial-investment/counties/qingcheng?period=2015", 403),
                Arguments.of("park:huaqiao", "/api/views/counties/yingde?period=2015", 200),
                Arguments.of("park:huaqiao", "/api/views/counties/qingcheng?period=2015", 403),
                Arguments.of("bureau:statistics", "/api/views/counties/qingcheng?period=2015", 200));
    }

    @ParameterizedTest(name = "views: a reporter for {0} reading {1} gets {2}")
    @MethodSource("readership")
    void aReporterSeesTheCirculatedViewsAndItsOwnCounty(String unit, String path, int expected) {
        HttpResult answer = http("target-views", TestStack.token("reporter", unit)).get(path);
        if (expected == 200) {
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        } else {
            assertProblem(answer, 403, "county", unit);
        }
    }

    Stream<Arguments> browserHeaders() {
        return Stream.of(Arguments.of("/dashboard/", null), Arguments.of("/api/views/city?period=2015", "monitor"),
                Arguments.of("/api/views/city?period=2015", null));
    }

    @ParameterizedTest(name = "browser: {0} as {1} carries the content security policy")
    @MethodSource("browserHeaders")
    void everyAnswerOfTheViewsCarriesTheBrowserHeaders(String path, String role) {
        HttpResult answer = http("target-views", role == null ? null : TestStack.token(role, null)).get(path);
        assertThat(answer.header("Content-Security-Policy")).as(path).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @org.junit.jupiter.api.Test
    void streamsOfOneSubjectBeyondTheCapAre429WithRetryAfter() throws Exception {
        String token = TestStack.issuer().token("suite.streamer." + UUID.randomUUID(), "monitor", null, Duration.ofMinutes(5));
        HttpClient client = HttpClient.newHttpClient();
        List<java.io.InputStream> open = new ArrayList<>();
        try {
            HttpResponse<java.io.InputStream> refused = null;
            for (int i = 0; i < 10 && refused == null; i++) {
                HttpResponse<java.io.InputStream> stream = client.send(HttpRequest.newBuilder(URI.create(specs.get("target-views")
                        .url("/api/views/city/stream?period=2015"))).header("Authorization", "Bearer " + token).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                if (stream.statusCode() == 200) {
                    open.add(stream.body());
                } else {
                    refused = stream;
                }
            }
            assertThat(refused).as("a refusal within 10 streams of one subject").isNotNull();
            assertThat(open).as("streams opened before the cap").hasSizeGreaterThanOrEqualTo(1);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            refused.body().close();
        } finally {
            for (java.io.InputStream stream : open) {
                stream.close();
            }
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private Http http(String service, String token) {
        return new Http(specs.get(service).url(""), token);
    }

    private HttpResult chunked(Write write, String padding) {
        byte[] body = json("padding", padding).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(specs.get(write.service()).url(write.path())))
                .header("Authorization", "Bearer " + TestStack.token("reporter", write.unit())).header("Content-Type", "application/json")
                // No length known in advance: the client sends it chunked.
                .method(write.method(), HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new HttpResult(response.statusCode(), response.headers(), response.body(),
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JwtClaimsSet.Builder claims(Instant now) {
        return JwtClaimsSet.builder().issuer(LocalIssuer.ISSUER).audience(List.of(LocalIssuer.AUDIENCE)).subject("suite.user")
                .issuedAt(now).expiresAt(now.plus(Duration.ofMinutes(5))).claim("role", "monitor");
    }

    private static String signed(JwtClaimsSet.Builder claims) {
        return TestStack.issuer().signed(claims.build());
    }

    /** A token that names no algorithm and carries no signature, with claims that would otherwise pass. */
    private static String unsigned() {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = base64.encodeToString(("{\"iss\":\"" + LocalIssuer.ISSUER + "\",\"aud\":\"" + LocalIssuer.AUDIENCE
                + "\",\"sub\":\"x\",\"role\":\"auditor\",\"iat\":" + now + ",\"exp\":" + (now + 300) + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + body + ".";
    }

    private static void assertProblem(HttpResult result, int status, String field, String reason) {
        assertThat(result.status()).as(result.text()).isEqualTo(status);
        assertThat(result.contentType()).contains("application/problem+json");
        assertThat(result.json().get("field").asText()).as(result.text()).isEqualTo(field);
        assertThat(result.json().get("reason").asText()).as(result.text()).contains(reason);
    }
}
