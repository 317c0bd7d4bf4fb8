package cn.gov.qingyuan.plan.targets.seed;

import cn.gov.qingyuan.plan.targets.PlanTargetsApplication;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.testkit.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The start-up seed writes the plan once, whatever restarts and concurrently starting instances there are. */
@StackTest
class PlanSeedTest {

    @Autowired
    ServiceUnderTest service;
    @Autowired
    PlanSeed seed;

    private long events(String schema) {
        return service.jdbc().queryForObject("select count(*) from " + schema + ".domainevententry", Long.class);
    }

    private long seededEvents(String schema) {
        return service.jdbc().queryForObject("select count(*) from " + schema + ".domainevententry where convert_from(metadata, 'UTF8') like ?",
                Long.class, "%\"submittedBy\":\"plan-seed\"%");
    }

    @Test
    void everyRowOfTheSeedBecameOneEventAndSeedingAgainWritesNothing() {
        long seeded = seededEvents(service.names().schema());
        assertThat(seed.seed()).as("one command per row").isEqualTo((int) seeded);
        assertThat(seeded).isEqualTo(104);
        long before = events(service.names().schema());
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(seed::seed);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(seed::seed);
        CompletableFuture.allOf(one, two).join();
        assertThat(events(service.names().schema())).isEqualTo(before);
    }

    @Test
    void theSeedNeverOverwritesAPlannersFigure() {
        Http planner = service.as("planner", null);
        assertThat(planner.postJson("/api/targets/industrial-investment/allocations/2016",
                json("values", Map.of("qingcheng", 50, "qingxin", 37, "yingde", 41, "fogang", 24, "lianzhou", 16, "yangshan", 14,
                        "lianshan", 11, "liannan", 12), "issuedOn", "2016-03-25")).status()).isEqualTo(201);
        seed.seed();
        var split = planner.get("/api/targets/industrial-investment").json().get("allocations").get(1);
        assertThat(split.get("provenance").asText()).isEqualTo("PLAN");
        assertThat(split.get("values").get("qingcheng").asInt()).isEqualTo(50);
    }

    @Test
    void twoInstancesStartingTogetherOnAnEmptyStoreSeedThePlanExactlyOnce() {
        String schema = TestStack.uniqueName("target_seed_race");
        List<CompletableFuture<ConfigurableApplicationContext>> instances = List.of(
                CompletableFuture.supplyAsync(() -> start(schema)), CompletableFuture.supplyAsync(() -> start(schema)));
        try {
            CompletableFuture.allOf(instances.toArray(CompletableFuture[]::new)).join();
            assertThat(seededEvents(schema)).isEqualTo(104);
            assertThat(events(schema)).isEqualTo(104);
            assertThat(service.jdbc().queryForObject("select count(distinct aggregateidentifier) from " + schema + ".domainevententry", Long.class))
                    .as("one aggregate per seeded indicator").isEqualTo(35);
        } finally {
            instances.forEach(i -> i.thenAccept(ConfigurableApplicationContext::close));
        }
    }

    private static ConfigurableApplicationContext start(String schema) {
        Map<String, Object> environment = new HashMap<>(TestStack.environment(schema, null));
        // As arguments, so they win over application.yml like a real deployment's settings do.
        return new SpringApplicationBuilder(PlanTargetsApplication.class).properties(environment)
                .run("--server.port=0", "--plan.eventing.topic=" + TestStack.uniqueName("target_seed_race_topic"));
    }
}
