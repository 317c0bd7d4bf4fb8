package cn.gov.qingyuan.plan.targets.api;

import cn.gov.qingyuan.plan.targets.sheet.HandMadeXlsx;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports of many targets and splits at once, as CSV and as XLSX built here with POI: a good file is recorded whole,
 * a file with bad rows is refused with every bad row listed and nothing of it recorded.
 */
@StackTest
class TargetImportTest {

    static final String HEADER = "kind,indicator,period,comparator,value,qingcheng,qingxin,yingde,fogang,lianzhou,yangshan,lianshan,liannan,"
            + "issued_on,provenance,mismatch_reason,source,note\n";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    ServiceUnderTest service;
    Http planner;
    Http monitor;

    @BeforeEach
    void setUp() {
        planner = service.as("planner", null);
        monitor = service.as("monitor", null);
    }

    private long storedEvents() {
        return service.storedEvents();
    }

    @Test
    void aCsvFileIsRecordedWholeCityTargetsFirstAndImportingItAgainRecordsNothing() {
        String csv = HEADER
                + "allocation,retrofit-investment,2016,,,8,6,6.4,3.8,2.6,2.2,1.6,1.4,2016-03-28,PLAN,,,经信局 2016 split\n"
                + "city,retrofit-investment,2016,AT_LEAST,32,,,,,,,,,,PLAN,,\"Provincial adjustment, 2016\",\n";
        long before = storedEvents();
        HttpResult imported = planner.post("/api/targets/imports", "text/csv", csv);
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.json().get("rows").asInt()).isEqualTo(2);
        assertThat(imported.json().get("cityTargets").asInt()).isEqualTo(1);
        assertThat(imported.json().get("allocations").asInt()).isEqualTo(1);
        assertThat(storedEvents()).isEqualTo(before + 2);

        JsonNode read = monitor.get("/api/targets/retrofit-investment").json();
        assertThat(read.get("cityTargets").get(1).get("value").asInt()).isEqualTo(32);
        assertThat(read.get("cityTargets").get(1).get("source").asText()).isEqualTo("Provincial adjustment, 2016");
        JsonNode split = read.get("allocations").get(1);
        assertThat(split.get("provenance").asText()).isEqualTo("PLAN");
        assertThat(split.get("allocationNumber").asInt()).isEqualTo(2);
        assertThat(split.get("cityTarget").asInt()).as("checked against the file's own city target").isEqualTo(32);
        assertThat(split.get("note").asText()).isEqualTo("经信局 2016 split");

        assertThat(planner.post("/api/targets/imports", "text/csv", csv).status()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(before + 2);
    }

    @Test
    void anXlsxUploadIsRecordedLikeACsvFile() {
        byte[] xlsx = workbook(List.of(
                List.of("kind", "indicator", "period", "qingcheng", "qingxin", "yingde", "fogang", "lianzhou", "yangshan", "lianshan", "liannan",
                        "issued_on", "provenance", "comparator", "value", "source"),
                List.of("allocation", "park-value-added", 2017, 41, 31, 34, 21, 14, 12, 8, 10, LocalDate.of(2017, 3, 20), "PLAN", "", "", ""),
                List.of("city", "clean-production-audits", 2017, "", "", "", "", "", "", "", "", "", "PLAN", "AT_LEAST", 22, "2017 list")));
        long before = storedEvents();
        HttpResult uploaded = upload("targets-2017.xlsx", XLSX, xlsx);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(before + 2);
        JsonNode split = monitor.get("/api/targets/park-value-added").json().get("allocations").get(2);
        assertThat(split.get("issuedOn").asText()).isEqualTo("2017-03-20");
        assertThat(split.get("late").asBoolean()).isFalse();
        assertThat(split.get("values").get("qingcheng").decimalValue()).isEqualByComparingTo("41");
        assertThat(monitor.get("/api/targets/clean-production-audits").json().get("cityTargets").get(2).get("value").asInt()).isEqualTo(22);

        byte[] raw = workbook(List.of(List.of("kind", "indicator", "period", "comparator", "value", "source"),
                List.of("city", "smart-production-enterprises", "2017", "AT_LEAST", 7, "raised at the 2017 review")));
        HttpResult body = post(XLSX, raw);
        assertThat(body.status()).as(body.text()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(before + 3);
    }

    @Test
    void aCsvFileWithBadRowsIsRefusedListingEveryBadRowAndNothingIsRecorded() {
        String csv = HEADER
                + "city,gdp,2016,AT_LEAST,1,,,,,,,,,,PLAN,,x,\n"
                + "city,industrial-investment,2019,AT_LEAST,1,,,,,,,,,,PLAN,,x,\n"
                + "city,industrial-investment,2016,MAYBE,lots,,,,,,,,,,PLAN,,x,\n"
                + "allocation,industrial-investment,2016,,,1,1,1,1,1,1,,1,2016-03-01,PLAN,,,\n"
                + "allocation,industrial-investment,2016,,,1,1,1,1,1,1,1,1,2016-03-01,PLAN,,,\n"
                + "city,industrial-investment,2017,AT_LEAST,251,,,,,,,,,,PLAN,,a valid row,\n"
                + "party,industrial-investment,2016,,,,,,,,,,,,,,,\n";
        long before = storedEvents();
        HttpResult refused = planner.post("/api/targets/imports", "text/csv", csv);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:qingyuan-plan:problem:invalid-field");
        assertThat(rows(refused)).containsExactly("2 indicator", "3 period", "4 value", "4 comparator", "5 lianshan", "6 values", "8 kind");
        assertThat(refused.json().get("rows").get(5).get("reason").asText()).contains("the counties add up to 8", "205");
        assertThat(refused.json().get("field").asText()).isEqualTo("rows[2].indicator");
        assertThat(storedEvents()).as("not even the valid row 7").isEqualTo(before);
        assertThat(monitor.get("/api/targets/industrial-investment").json().get("cityTargets").get(2).get("value").asInt()).isEqualTo(250);
    }

    @Test
    void anXlsxFileWithBadRowsIsRefusedWithItsSpreadsheetRowNumbers() {
        byte[] xlsx = workbook(List.of(
                List.of("kind", "indicator", "period", "comparator", "value", "source", "qingcheng", "qingxin", "yingde", "fogang", "lianzhou",
                        "yangshan", "lianshan", "liannan"),
                List.of("city", "motor-efficiency-upgrade", 2017, "AT_LEAST", 2, "valid", "", "", "", "", "", "", "", ""),
                List.of("city", "nope", 2017, "AT_LEAST", 2, "unknown indicator", "", "", "", "", "", "", "", ""),
                List.of("allocation", "motor-efficiency-upgrade", 2017, "", "", "", -5, 1, 1, 1, 1, 1, 1, 1)));
        long before = storedEvents();
        HttpResult refused = upload("bad.xlsx", XLSX, xlsx);
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(rows(refused)).containsExactly("3 indicator", "4 qingcheng");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotATableIsRefused() {
        long before = storedEvents();
        HttpResult unknownColumn = planner.post("/api/targets/imports", "text/csv", "kind,indicator,period,colour\ncity,x,2016,red\n");
        assertThat(unknownColumn.status()).isEqualTo(400);
        assertThat(rows(unknownColumn)).containsExactly("1 colour");
        HttpResult empty = planner.post("/api/targets/imports", "text/csv", "");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("rows").get(0).get("field").asText()).isEqualTo("file");
        HttpResult broken = post(XLSX, new byte[]{'P', 'K', 3, 4, 1, 2});
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("reason").asText()).contains("not a readable XLSX");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aZipBombIsRefusedByItsInflationRatioNamingTheFileAndNothingIsRecorded() {
        long before = storedEvents();
        HttpResult refused = upload("bomb.xlsx", XLSX, HandMadeXlsx.zipBomb());
        assertThat(refused.status()).as(refused.text()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("file");
        assertThat(refused.json().get("reason").asText()).contains("expands more than 100 times its compressed size");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aWorkbookPartBeyondTheEntrySizeIsRefusedAsTooLarge() {
        long before = storedEvents();
        HttpResult refused = post(XLSX, HandMadeXlsx.largeSharedStrings());
        assertThat(refused.status()).as(refused.text()).isEqualTo(413);
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:qingyuan-plan:problem:payload-too-large");
        assertThat(refused.json().get("field").asText()).isEqualTo("file");
        assertThat(refused.json().get("reason").asText()).contains("expands beyond 16777216 bytes");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aSheetWithTooManyRowsOrCellsIsRefusedNamingTheBoundAndNothingIsRecorded() {
        long before = storedEvents();
        HttpResult rows = upload("rows.xlsx", XLSX, HandMadeXlsx.workbook(xml -> {
            xml.append("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>kind</t></is></c></row>");
            for (int r = 2; r <= 10_001; r++) {
                xml.append("<row r=\"" + r + "\"><c r=\"A" + r + "\" t=\"inlineStr\"><is><t>city</t></is></c></row>");
            }
        }, null));
        assertThat(rows.status()).as(rows.text()).isEqualTo(400);
        assertThat(rows.json().get("field").asText()).isEqualTo("file");
        assertThat(rows.json().get("reason").asText()).isEqualTo("the sheet has more than 10000 rows, the most an import reads");

        Random random = new Random(11);
        HttpResult cells = upload("cells.xlsx", XLSX, HandMadeXlsx.workbook(xml -> {
            for (int r = 1; r <= 1_000; r++) {
                xml.append("<row r=\"" + r + "\">");
                for (int c = 0; c <= 200; c++) {
                    xml.append("<c><v>" + random.nextInt(100) + "</v></c>");
                }
                xml.append("</row>");
            }
        }, null));
        assertThat(cells.status()).as(cells.text()).isEqualTo(400);
        assertThat(cells.json().get("field").asText()).isEqualTo("file");
        assertThat(cells.json().get("reason").asText()).isEqualTo("the sheet has more than 200000 cells, the most an import reads");
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** A file's bytes as the body, which the kit's {@code Http} (text bodies) does not send. */
    private HttpResult post(String contentType, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(service.url() + ImportController.PATH)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestStack.token("planner", null)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new HttpResult(response.statusCode(), response.headers(), response.body(), new ObjectMapper().readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file uploaded as the form field {@code file} of a multipart body. */
    private HttpResult upload(String filename, String contentType, byte[] file) {
        String boundary = "----plan-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post("multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private static List<String> rows(HttpResult refused) {
        List<String> rows = new ArrayList<>();
        refused.json().get("rows").forEach(r -> rows.add(r.get("row").asInt() + " " + r.get("field").asText()));
        return rows;
    }

    /** A workbook of one sheet; numbers become numeric cells and dates date-formatted cells, as Excel would store them. */
    static byte[] workbook(List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("targets");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (!value.toString().isEmpty()) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
