package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.Park;
import cn.gov.qingyuan.plan.contracts.Parks;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.energy.EnergyReturnFigures;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.testkit.TestStack;
import cn.gov.qingyuan.plan.views.EventPublisher;
import cn.gov.qingyuan.plan.views.EventPublisher.Submitted;
import cn.gov.qingyuan.plan.views.ViewsStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who sees which view (docs/adr/0013), over real HTTP: every role but the reporter every county; a reporter the views
 * the plan circulates and its own unit's county, in JSON, exports and streams; only an auditor who submitted a change.
 */
@StackTest(properties = ViewsStack.OWN_CONSUMER_GROUP)
class ViewReadershipTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> EVENT_STREAM = Map.of("Accept", "text/event-stream");

    @Autowired
    ServiceUnderTest service;

    @Test
    void monitorsAuditorsPlannersAndOperatorsReadEveryCounty() {
        for (String role : new String[] {"monitor", "auditor", "planner", "operator"}) {
            Http http = service.as(role, null);
            assertThat(http.get("/api/views/counties/lianshan?period=2016").status()).as(role).isEqualTo(200);
            assertThat(http.get("/api/views/industrial-investment/counties/lianshan").status()).as(role).isEqualTo(200);
            assertThat(http.get("/api/views/indicators/industrial-investment").json().get("counties")).as(role).hasSize(8);
            assertThat(http.get("/api/views/industrial-investment/city").json().get("counties")).as(role).hasSize(8);
            assertThat(http.get("/api/views/reporting?year=2016").json().get("counties")).as(role).hasSize(8);
        }
    }

    @Test
    void aCountysReporterReadsWhatThePlanCirculatesAndItsOwnCountyOnly() {
        Http yingde = service.as("reporter", "county:yingde");
        for (String circulated : new String[] {"/api/views/city?period=2016", "/api/views/ranking?period=2016",
                "/api/views/supervision?year=2015", "/api/views/catalogue", "/api/views/counties/yingde?period=2016",
                "/api/views/counties/yingde?period=2016&format=csv", "/api/views/counties/yingde?period=2016&format=xlsx",
                "/api/views/industrial-investment/counties/yingde"}) {
            assertThat(yingde.get(circulated).status()).as(circulated).isEqualTo(200);
        }
        assertThat(yingde.get("/api/views/ranking?period=2016").json().get("counties")).as("the whole ranking").hasSize(8);

        for (String other : new String[] {"/api/views/counties/lianshan?period=2016", "/api/views/counties/lianshan?period=2016&format=csv",
                "/api/views/counties/lianshan?period=2016&format=xlsx", "/api/views/industrial-investment/counties/lianshan"}) {
            assertProblem(yingde.get(other), 403, "county", "a reporter for county:yingde reads the views of yingde");
        }
        assertProblem(yingde.get("/api/views/counties/lianshan/stream?period=2016", EVENT_STREAM), 403, "county", "lianshan is another county");

        JsonNode indicator = yingde.get("/api/views/indicators/industrial-investment").json();
        assertThat(indicator.get("city").get("scope").asText()).as("the citywide figure").isEqualTo("city");
        assertThat(indicator.get("counties")).extracting(row -> row.get("scope").asText()).containsExactly("yingde");
        String csv = yingde.get("/api/views/indicators/industrial-investment?format=csv").text();
        assertThat(csv.split("\r\n")).as("header, the city, Yingde").hasSize(3);
        assertThat(csv).doesNotContain("lianshan");
        assertThat(yingde.get("/api/views/industrial-investment/city").json().get("counties"))
                .extracting(county -> county.get("county").asText()).containsExactly("yingde");
        JsonNode reporting = yingde.get("/api/views/reporting?year=2016").json();
        assertThat(reporting.get("units")).isNotEmpty().allSatisfy(unit -> assertThat(unit.get("county").asText()).isEqualTo("yingde"));
        assertThat(reporting.get("counties")).extracting(county -> county.get("county").asText()).containsExactly("yingde");
        assertThat(reporting.get("city")).as("the citywide totals").isNotNull();

        try (StreamClient own = StreamClient.open(service.url(), TestStack.token("reporter", "county:yingde"),
                "/api/views/counties/yingde/stream?period=2016")) {
            assertThat(own.status()).isEqualTo(200);
            assertThat(own.nextEvent()).startsWith("ready");
        }
    }

    @Test
    void aParksReporterReadsTheCountyHostingItsPark() {
        Park park = Parks.shipped().all().iterator().next();
        County other = Arrays.stream(County.values()).filter(county -> county != park.hostCounty()).findFirst().orElseThrow();
        Http reporter = service.as("reporter", "park:" + park.id());
        assertThat(reporter.get("/api/views/counties/" + park.hostCounty().code()).status()).isEqualTo(200);
        assertThat(reporter.get("/api/views/indicators/industrial-investment").json().get("counties"))
                .extracting(row -> row.get("scope").asText()).containsExactly(park.hostCounty().code());
        assertProblem(reporter.get("/api/views/counties/" + other.code()), 403, "county",
                "a reporter for park:" + park.id() + " reads the views of " + park.hostCounty().code() + " (the county hosting its park)");
        assertProblem(reporter.get("/api/views/counties/" + other.code() + "/stream", EVENT_STREAM), 403, "county", "park:" + park.id());
    }

    @Test
    void aCityBureausReporterReadsEveryCountyAsItReportsCitywide() {
        Http bureau = service.as("reporter", "bureau:economy-it");
        assertThat(bureau.get("/api/views/counties/lianshan").status()).isEqualTo(200);
        assertThat(bureau.get("/api/views/indicators/industrial-investment").json().get("counties")).hasSize(8);
    }

    @Test
    void onlyAnAuditorsStreamNamesWhoSubmittedAChange() throws Exception {
        // 2017: ViewsApiTest reads Lianshan's 2016 from the same topics.
        String path = "/api/views/counties/lianshan/stream?period=2017";
        try (StreamClient auditor = StreamClient.open(service.url(), TestStack.token("auditor", null), path);
             StreamClient monitor = StreamClient.open(service.url(), TestStack.token("monitor", null), path)) {
            assertThat(auditor.nextEvent()).startsWith("ready");
            assertThat(monitor.nextEvent()).startsWith("ready");
            String correlationId = UUID.randomUUID().toString();
            try (EventPublisher events = new EventPublisher()) {
                events.send(EventPublisher.record(Topics.ENERGY_AUDITS, "lianshan/2017-04", 0,
                        new CountyEnergyReturnSubmitted("lianshan/2017-04", County.LIANSHAN, ReportingPeriod.of(2017, 4),
                                new EnergyReturnFigures(new BigDecimal("910"), new BigDecimal("7.1"), null, null, null, null, null, null, null),
                                LocalDate.of(2017, 5, 5), false),
                        new Submitted(OffsetDateTime.now(), "lianshan.reporter", "reporter", "county:lianshan", correlationId)));
            }
            assertThat(causeOf(auditor, correlationId).get("submittedBy").asText()).isEqualTo("lianshan.reporter");
            JsonNode cause = causeOf(monitor, correlationId);
            assertThat(cause.has("submittedBy")).as("a monitor's stream: " + cause).isFalse();
            assertThat(cause.get("eventId").asText()).isNotBlank();
        }
    }

    /** The cause of the change with this correlation id on the stream (skipping any others). */
    private static JsonNode causeOf(StreamClient stream, String correlationId) throws Exception {
        return CompletableFuture.supplyAsync(() -> {
            while (true) {
                String event = stream.nextEvent();
                assertThat(event).startsWith("view-changed");
                JsonNode cause = parse(event.substring(event.indexOf('\n') + 1)).get("cause");
                if (correlationId.equals(cause.get("correlationId").asText())) {
                    return cause;
                }
            }
        }).get(30, TimeUnit.SECONDS);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
