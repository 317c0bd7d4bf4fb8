package cn.gov.qingyuan.plan.views.audit;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentCorrected;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.views.EventPublisher;
import cn.gov.qingyuan.plan.views.EventPublisher.Submitted;
import cn.gov.qingyuan.plan.views.ViewsStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static cn.gov.qingyuan.plan.views.audit.CorrectedFigureAuditTest.enc;
import static org.assertj.core.api.Assertions.assertThat;

/** Only auditors reach the audit; every audit request is recorded; bad input is a 400 naming the field; the exports. */
@StackTest(properties = ViewsStack.OWN_CONSUMER_GROUP)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditAccessTest {

    private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @Autowired
    ServiceUnderTest service;

    private final String projectId = "p-" + UUID.randomUUID();

    @BeforeAll
    void reportAndCorrect() {
        ReportingPeriod march = ReportingPeriod.of(2017, 3);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.send(EventPublisher.record(Topics.INDUSTRIAL_PROJECTS, projectId, 0,
                    new ProjectInvestmentReported(projectId, County.LIANNAN, march, new BigDecimal("1200"), LocalDate.of(2017, 4, 6), false),
                    new Submitted(OffsetDateTime.parse("2017-04-06T11:00+08:00"), "liannan.reporter", "reporter", "county:liannan", null)));
            publisher.send(EventPublisher.record(Topics.INDUSTRIAL_PROJECTS, projectId, 1,
                    new ProjectInvestmentCorrected(projectId, County.LIANNAN, march, new BigDecimal("1100"), new BigDecimal("1200"), 1, FORMULA),
                    new Submitted(OffsetDateTime.parse("2017-05-02T11:00+08:00"), "liannan.reporter", "reporter", "county:liannan", null)));
        }
        Audits.await(auditor(), "/api/audit/events?aggregateId=" + projectId, page -> page.get("events").size() == 2);
    }

    @Test
    void onlyAuditorsReachTheAuditAndThePastViewsAndEveryAttemptIsRecorded() {
        String marker = UUID.randomUUID().toString();
        for (Http other : new Http[] {service.as("monitor", null), service.as("planner", null), service.as("reporter", "county:yingde")}) {
            assertProblem(other.get("/api/audit/events?correlationId=" + marker), 403, "Authorization", "only the auditor role");
            assertProblem(other.get("/api/audit/provenance?indicator=industrial-investment"), 403, "Authorization", "only the auditor role");
            assertProblem(other.get("/api/views/city?asOf=" + enc("2016-07-10T00:00+08:00")), 403, "asOf", "only the auditor role");
        }
        assertThat(service.as("monitor", null).get("/api/views/city").status()).as("the live view stays open to monitors").isEqualTo(200);

        JsonNode queries = auditor().get("/api/audit/queries?limit=50").json().get("queries");
        assertThat(queries).filteredOn(q -> q.get("query").asText().contains(marker))
                .extracting(q -> q.get("role").asText() + " " + q.get("status").asInt())
                .containsExactlyInAnyOrder("monitor 403", "planner 403", "reporter 403");
        assertThat(queries.get(0).get("path").asText()).as("newest first").isEqualTo("/api/views/city");
    }

    @Test
    void badInputIsA400NamingTheFieldAndOnlyTheRefusedQueryIsRecorded() {
        Http auditor = auditor();
        assertProblem(auditor.get("/api/views/city?asOf=2016-07-09"), 400, "asOf", "not an ISO-8601 instant with an offset");
        assertProblem(auditor.get("/api/views/ranking?asOf=" + enc(OffsetDateTime.now().plusDays(1).toString())), 400, "asOf", "in the future");
        assertProblem(auditor.get("/api/views/reporting?year=2016&asOf=" + enc("2014-12-31T23:00+08:00")), 400, "asOf", "before the plan");
        assertProblem(auditor.get("/api/audit/changes?from=" + enc("2016-09-01T00:00+08:00") + "&to=" + enc("2016-07-01T00:00+08:00")),
                400, "from", "is after to");
        assertProblem(auditor.get("/api/audit/provenance?indicator=gdp"), 400, "indicator", "not an indicator of the plan");
        assertProblem(auditor.get("/api/audit/provenance?indicator=industrial-investment&scope=guangzhou"), 400, "scope", "not city or one of");
        assertProblem(auditor.get("/api/audit/events?colour=red"), 400, "colour", "not a filter of the trail");
        assertProblem(auditor.get("/api/audit/events?county=guangzhou"), 400, "county", "not one of the eight counties");
        assertProblem(auditor.get("/api/audit/events?type=NoSuchEvent"), 400, "type", "not an event type");
        assertProblem(auditor.get("/api/audit/events?limit=5000"), 400, "limit", "not between 1 and 1000");
        assertProblem(auditor.get("/api/audit/events?cursor=garbage!"), 400, "cursor", "not a cursor");
        assertProblem(auditor.get("/api/views/city/stream?asOf=" + enc("2016-07-10T00:00+08:00")), 400, "asOf", "a live stream has no past");
        assertProblem(auditor.get("/api/audit/events?period=June"), 400, "period", "not a month");

        JsonNode latest = auditor.get("/api/audit/queries?limit=1").json().get("queries").get(0);
        assertThat(latest.get("query").asText()).isEqualTo("period=June");
        assertThat(latest.get("status").asInt()).isEqualTo(400);
    }

    @Test
    void theTrailExportsTheSameSelectionAsCsvXlsxAndJsonLinesWithFormulasDefused() throws Exception {
        String selection = "/api/audit/events?aggregateId=" + projectId;
        byte[] csv = download(selection + "&format=csv", "text/csv");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(3);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"").doesNotContain(",=HYPERLINK");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(selection + "&format=xlsx", "application/vnd.openxml")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("recordedAt");
            assertThat(sheet.getRow(2).getCell(14).getStringCellValue()).as("defused as in the CSV").isEqualTo("'" + FORMULA);
        }

        String[] lines = new String(download(selection + "&format=jsonl", "application/jsonl"), StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        JsonNode corrected = new ObjectMapper().readTree(lines[1]);
        assertThat(corrected.get("replaced").decimalValue()).isEqualByComparingTo("1200");
        assertThat(corrected.get("late").asBoolean()).as("corrected after April's 8th").isTrue();
        assertThat(corrected.get("data").get("amountWanYuan").decimalValue()).isEqualByComparingTo("1100");
    }

    @Test
    void aPastViewsExportSaysWhichMomentItShows() throws Exception {
        for (String format : new String[] {"csv", "xlsx"}) {
            HttpResult export = auditor().get("/api/views/counties/liannan?period=2017&format=" + format + "&asOf=" + enc("2017-04-30T00:00+08:00"));
            assertThat(export.status()).as(export.text()).isEqualTo(200);
            assertThat(export.header("Plan-As-Of")).isEqualTo("2017-04-29T16:00:00Z");
            assertThat(export.header("Content-Disposition")).contains("liannan-2017-as-of-20170429T160000Z." + format);
        }
    }

    @Test
    void theInvestmentDetailViewAlsoStandsAsItWas() {
        String path = "/api/views/industrial-investment/counties/liannan?period=2017&asOf=";
        JsonNode reported = auditor().get(path + enc("2017-04-30T00:00+08:00")).json();
        JsonNode corrected = auditor().get(path + enc("2017-05-03T00:00+08:00")).json();
        assertThat(reported.get("completedWanYuan").decimalValue()).isEqualByComparingTo("1200");
        assertThat(corrected.get("completedWanYuan").decimalValue()).isEqualByComparingTo("1100");
        assertThat(corrected.get("updatedAt").asText()).isEqualTo("2017-05-02T03:00:00Z");
    }

    private byte[] download(String path, String contentType) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + path))
                .header("Authorization", "Bearer " + cn.gov.qingyuan.plan.testkit.TestStack.token("auditor", null)).build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith(contentType);
        return response.body();
    }

    private Http auditor() {
        return service.as("auditor", null);
    }
}
