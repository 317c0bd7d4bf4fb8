package cn.gov.qingyuan.plan.system;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild from the command services' event stores, the authority, against the real services
 * ({@link DashboardServices}): target-views takes every service's events from the service itself with the operator's
 * token, walks their chains, applies them with the live handlers, then follows the topics; the rebuilt views equal the
 * live ones field by field; a store altered behind the service fails the rebuild, naming the link. Readers are not
 * switched: the other tests of the run share these services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(DashboardServices.Shared.class)
class StoreRebuildTest {

    private DashboardServices services;
    private Http operator;

    @BeforeAll
    void services(DashboardServices running) {
        services = running;
        operator = new Http(services.viewsUrl(""), TestStack.issuer().token("test.operator", "operator", null, Duration.ofHours(1)));
    }

    @Test
    @Order(2)
    void aRebuildFromTheStoresEqualsTheLiveViews() {
        Http monitor = new Http(services.viewsUrl(""), TestStack.token("monitor", null));
        String yingde = "/api/views/industrial-investment/counties/yingde?period=2016";
        BigDecimal before = monitor.get(yingde).json().get("completedWanYuan").decimalValue();
        String projectId = services.registerProject();
        services.reportInvestment(projectId, "2016-03", new BigDecimal("2500"));
        services.correctInvestment(projectId, "2016-03", new BigDecimal("2400"), "a rebate was counted as investment");
        // The live views have the correction, not only the report: the comparison is exact only once both sides have it.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(monitor.get(yingde).json().get("completedWanYuan").decimalValue())
                .isEqualByComparingTo(before.add(new BigDecimal("2400"))));

        HttpResult started = operator.postJson("/api/operations/rebuilds?source=stores", "{}");
        assertThat(started.status()).as(started.text()).isEqualTo(202);
        assertThat(started.json().get("source").asText()).isEqualTo("stores");
        String id = started.json().get("id").asText();

        JsonNode status = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                .until(() -> operator.get("/api/operations/rebuilds/" + id).json(), s -> !s.get("state").asText().equals("replaying"));
        assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("caught-up");
        assertThat(status.get("applied").asLong()).as("every stored event of plan-targets and industrial-projects").isGreaterThanOrEqualTo(104 + 3);
        assertThat(status.get("total").asLong()).as("the stores' heads").isEqualTo(status.get("applied").asLong());

        JsonNode comparison = operator.get("/api/operations/rebuilds/" + id + "/differences").json();
        assertThat(comparison.get("views").asInt()).isGreaterThan(100);
        assertThat(comparison.get("differences")).as(comparison.toString()).isEmpty();
    }

    /** First: a failed rebuild leaves the way open, a caught-up one that is not switched to would refuse the next. */
    @Test
    @Order(1)
    void aStoreWhoseChainIsBrokenFailsTheRebuildNamingWhere() throws Exception {
        Http monitor = new Http(services.viewsUrl(""), TestStack.token("monitor", null));
        String yingde = "/api/views/industrial-investment/counties/yingde?period=2016";
        BigDecimal before = monitor.get(yingde).json().get("completedWanYuan").decimalValue();
        String projectId = services.registerProject();
        services.reportInvestment(projectId, "2016-04", new BigDecimal("1357"));
        // Tampered before the publisher has read it, the report would reach the topic altered and the live views would
        // refuse it, while the rebuild, after the repair below, would count it: the comparison of the next test would differ.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(monitor.get(yingde).json().get("completedWanYuan").decimalValue())
                .isEqualByComparingTo(before.add(new BigDecimal("1357"))));
        try (Connection store = services.industrialProjectsStore(); Statement sql = store.createStatement()) {
            String tampered = "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'), '1357', '7531'), 'UTF8')"
                    + " WHERE aggregateidentifier = '" + projectId + "' AND convert_from(payload, 'UTF8') LIKE '%1357%'";
            assertThat(sql.executeUpdate(tampered)).isEqualTo(1);
            try {
                HttpResult started = operator.postJson("/api/operations/rebuilds?source=stores", "{}");
                assertThat(started.status()).as(started.text()).isEqualTo(202);
                String id = started.json().get("id").asText();
                JsonNode status = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500))
                        .until(() -> operator.get("/api/operations/rebuilds/" + id).json(), s -> !s.get("state").asText().equals("replaying"));
                assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("failed");
                assertThat(status.get("failure").asText()).contains("industrial-projects's event chain is broken at position")
                        .contains("its columns and the link before it do not give its link");
            } finally {
                sql.executeUpdate(tampered.replace("'1357', '7531'", "'7531', '1357'").replace("LIKE '%1357%'", "LIKE '%7531%'"));
            }
        }
    }

    @Test
    void aSourceThatIsNeitherIsRefused() {
        HttpResult refused = operator.postJson("/api/operations/rebuilds?source=backups", "{}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("source");
    }
}
