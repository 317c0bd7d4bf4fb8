package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.contracts.County;
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
import cn.gov.qingyuan.plan.views.ViewsStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The views over real HTTP: the live stream, the exports, and clear problems for bad requests. */
@StackTest(properties = ViewsStack.OWN_CONSUMER_GROUP)
class ViewsApiTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String TOKEN = TestStack.token("monitor", null);

    @Autowired
    ServiceUnderTest service;

    private Http http() {
        return service.as(TOKEN);
    }

    @Test
    void anAppliedEventAppearsOnTheStreamOfTheViewsItChangesWithItsCause() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + "/api/views/counties/lianshan/stream?period=2016"))
                .header("Authorization", "Bearer " + TOKEN).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertThat(nextEvent(lines)).startsWith("ready");
            String correlationId = UUID.randomUUID().toString();
            publish(correlationId, new CountyEnergyReturnSubmitted("lianshan/2016-02", County.LIANSHAN, ReportingPeriod.of(2016, 2),
                    new EnergyReturnFigures(new BigDecimal("900"), new BigDecimal("7.5"), null, null, null, null, null, null, null),
                    LocalDate.of(2016, 3, 5), false));

            // The stream may first carry changes of events other tests published, which this instance is still catching up on.
            JsonNode data = CompletableFuture.supplyAsync(() -> {
                while (true) {
                    String event = nextEvent(lines);
                    assertThat(event).startsWith("view-changed");
                    JsonNode changed = parse(event.substring(event.indexOf('\n') + 1));
                    if (correlationId.equals(changed.get("cause").get("correlationId").asText())) {
                        return changed;
                    }
                }
            }).get(30, TimeUnit.SECONDS);
            assertThat(data.get("view").asText()).isEqualTo("county:lianshan");
            JsonNode so2 = null;
            for (JsonNode row : data.get("rows")) {
                if (row.get("indicator").asText().equals("so2-emissions")) {
                    so2 = row;
                }
            }
            assertThat(so2).as("the changed row is on the stream: " + data).isNotNull();
            assertThat(so2.get("actual").decimalValue()).isEqualByComparingTo("7.5");
            assertThat(so2.get("scope").asText()).isEqualTo("lianshan");
        }
    }

    @Test
    void everyViewExportsAsCsvAndXlsxWithTheSameFigures() throws Exception {
        HttpResult csv = http().get("/api/views/city?period=2015&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] lines = csv.text().replace("\uFEFF", "").split("\r\n");
        assertThat(lines[0]).startsWith("scope,indicator,name_zh,name_en,unit,target");
        assertThat(lines).hasSize(1 + http().get("/api/views/catalogue").json().get("indicators").size());
        assertThat(lines[1]).startsWith("city,above-scale-value-added,规模以上工业增加值,");

        for (String view : new String[] {"/api/views/counties/yingde?period=2016", "/api/views/indicators/industrial-investment?period=2015-2017",
                "/api/views/ranking?period=2017", "/api/views/reporting?year=2015", "/api/views/supervision?year=2015"}) {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes(view + "&format=xlsx")))) {
                assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).as(view).isNotBlank();
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes("/api/views/reporting?year=2015&format=xlsx")))) {
            int units = http().get("/api/views/reporting?year=2015").json().get("units").size();
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(units);
        }
    }

    @Test
    void theCatalogueNamesEveryIndicatorCountyAndParkInBothLanguages() {
        JsonNode catalogue = http().get("/api/views/catalogue").json();
        assertThat(catalogue.get("indicators")).hasSize(45);
        assertThat(catalogue.get("counties")).hasSize(8);
        assertThat(catalogue.get("parks")).isNotEmpty();
        catalogue.get("parks").forEach(park -> assertThat(park.get("nameZh").asText()).isNotBlank());
        JsonNode reporting = http().get("/api/views/reporting?year=2016").json();
        assertThat(reporting.get("units")).hasSize(2 * 8 + catalogue.get("parks").size());
    }

    @Test
    void badRequestsAreProblemsNamingTheField() {
        assertProblem(http().get("/api/views/city?period=2014"), 400, "period", "not a plan year");
        assertProblem(http().get("/api/views/city?period=2015&format=pdf"), 400, "format", "not one of json, csv, xlsx");
        assertProblem(http().get("/api/views/counties/atlantis?period=2015"), 400, "county", "atlantis");
        assertProblem(http().get("/api/views/indicators/happiness?period=2015"), 404, "indicator", "not an indicator");
        assertProblem(http().get("/api/views/reporting?year=2019"), 400, "year", "not a plan year");
        assertProblem(http().get("/api/views/supervision?year=twenty"), 400, "year", "twenty");
        assertThat(http().as(null).get("/api/views/city?period=2015").status()).isEqualTo(401);
    }

    private byte[] bytes(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(service.url() + path))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("application/vnd.openxmlformats");
        return response.body();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String nextEvent(BufferedReader lines) {
        try {
            StringBuilder event = new StringBuilder();
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty() && !event.isEmpty()) {
                    return event.toString();
                }
                if (line.startsWith("event:")) {
                    event.append(line.substring(6).strip()).append('\n');
                } else if (line.startsWith("data:")) {
                    event.append(line.substring(5).strip());
                }
            }
            throw new IllegalStateException("the stream ended");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void publish(String correlationId, Object event) {
        try (EventPublisher events = new EventPublisher()) {
            events.send(EventPublisher.record(Topics.ENERGY_AUDITS, "lianshan/2016-02", 0, event, correlationId));
        }
    }
}
