package cn.gov.qingyuan.plan.statistics.api;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.testkit.TestStack;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.header;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.published;
import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The industry statistics API through real HTTP, on real PostgreSQL and Kafka. */
@StackTest(clock = "2015-06-15T02:00:00Z")
class StatisticalReturnApiTest {

    /** "Now" for these tests: mid-June 2015, so May's returns are late (due 8 June) and July has not begun. */
    static final Instant NOW = Instant.parse("2015-06-15T02:00:00Z");

    static final String STATISTICS_BUREAU = TestStack.token("reporter", "bureau:statistics");
    static final String AUDITOR = TestStack.token("auditor", null);

    @Autowired
    ServiceUnderTest service;

    /** A reporter of the city statistics bureau, which reports for every county. */
    Http bureau() {
        return service.as(STATISTICS_BUREAU);
    }

    static Map<String, Object> fullFigures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("aboveScaleValueAddedWanYuan", 182500.25);
        figures.put("advancedManufacturingValueAddedWanYuan", 27800);
        figures.put("highTechValueAddedWanYuan", 6100);
        figures.put("industrialValueAddedWanYuan", 240000);
        figures.put("aboveScaleEnterprises", 212);
        figures.put("enterprisesWithRdInstitution", 24);
        figures.put("technologyCentresAndLabs", 8);
        figures.put("patentsGranted", 19);
        figures.put("enterprisesOver1BillionRevenue", 3);
        figures.put("itIndustrialisationPilots", 1);
        figures.put("itIndustrialisationCertified", 0);
        figures.put("itIndustrialisationAssessed", 9);
        return figures;
    }

    static String fullReturn() {
        return json(fullFigures().entrySet().stream().flatMap(e -> Stream.of(e.getKey(), e.getValue())).toArray());
    }

    static String revision(Map<String, Object> figures, String reason) {
        return json("figures", figures, "reason", reason);
    }

    void submitted(String county, String period) {
        HttpResult result = bureau().putJson("/api/statistical-returns/" + county + "/" + period, fullReturn());
        assertThat(result.status()).as(result.text()).isIn(201, 409);
    }

    @Test
    void aReturnIsSubmittedAndRevised_andEachEventRecordsItsSubmission() {
        HttpResult created = service.as(TestStack.issuer().token("li.wei", "reporter", "county:yingde", Duration.ofMinutes(5)))
                .putJson("/api/statistical-returns/yingde/2015-05", fullReturn(), Map.of("X-Correlation-Id", "req-7"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/statistical-returns/yingde/2015-05");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().get("returnId").asText()).isEqualTo("yingde/2015-05");
        assertThat(created.json().get("version").asLong()).isZero();
        String correlationId = created.json().get("correlationId").asText();
        assertThat(correlationId).as("the server's own id, not the client's").isNotEqualTo("req-7").isEqualTo(created.header("X-Correlation-Id"));
        assertThat(created.header("X-Client-Reference")).isEqualTo("req-7");

        Map<String, Object> revised = fullFigures();
        revised.put("patentsGranted", 21);
        revised.remove("itIndustrialisationAssessed");
        HttpResult revision = service.as(TestStack.issuer().token("wang.fang", "reporter", "bureau:science", Duration.ofMinutes(5)))
                .postJson("/api/statistical-returns/yingde/2015-05/revisions",
                        revision(revised, "two patents granted in May were registered in June"), Map.of("If-Match", "\"0\""));
        assertThat(revision.status()).as(revision.text()).isEqualTo(201);
        assertThat(revision.header("ETag")).isEqualTo("\"1\"");
        assertThat(revision.json().get("version").asLong()).isEqualTo(1);

        HttpResult state = bureau().get("/api/statistical-returns/yingde/2015-05");
        assertThat(state.status()).isEqualTo(200);
        assertThat(state.header("ETag")).isEqualTo("\"1\"");
        assertThat(state.json().get("figures").get("patentsGranted").asInt()).isEqualTo(21);
        assertThat(state.json().get("figures").get("aboveScaleValueAddedWanYuan").decimalValue()).isEqualByComparingTo("182500.25");
        assertThat(state.json().get("figures").get("itIndustrialisationAssessed").isNull()).as("left out of the revision").isTrue();
        assertThat(state.json().get("late").asBoolean()).as("May was due on 8 June").isTrue();
        assertThat(state.json().get("reportedOn").asText()).isEqualTo("2015-06-15");
        assertThat(state.json().get("revisions").asInt()).isEqualTo(1);

        HttpResult history = service.as(AUDITOR).get("/api/statistical-returns/yingde/2015-05/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json()).hasSize(2);
        JsonNode submission = history.json().get(0);
        assertThat(submission.get("type").asText()).isEqualTo("cn.gov.qingyuan.plan.statistics.StatisticalReturnSubmitted");
        assertThat(submission.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(submission.get("metadata").get("submittedBy").asText()).isEqualTo("li.wei");
        assertThat(submission.get("metadata").get("organisation").asText()).isEqualTo("county:yingde");
        assertThat(submission.get("metadata").get("role").asText()).isEqualTo("reporter");
        assertThat(submission.get("metadata").get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(submission.get("metadata").get("clientReference").asText()).isEqualTo("req-7");
        assertThat(submission.get("metadata").get("submittedAt").asText()).isEqualTo(NOW.toString());
        assertThat(submission.get("payload").get("returnId").asText()).isEqualTo("yingde/2015-05");
        assertThat(submission.get("payload").get("county").asText()).isEqualTo("yingde");
        assertThat(submission.get("payload").get("period").asText()).isEqualTo("2015-05");
        assertThat(submission.get("payload").get("figures").get("patentsGranted").asInt()).isEqualTo(19);
        assertThat(submission.get("payload").get("reportedOn").asText()).isEqualTo("2015-06-15");
        assertThat(submission.get("payload").get("late").asBoolean()).isTrue();
        JsonNode correction = history.json().get(1);
        assertThat(correction.get("type").asText()).isEqualTo("cn.gov.qingyuan.plan.statistics.StatisticalReturnRevised");
        assertThat(correction.get("sequence").asLong()).isEqualTo(1);
        assertThat(correction.get("metadata").get("submittedBy").asText()).isEqualTo("wang.fang");
        assertThat(correction.get("metadata").get("organisation").asText()).isEqualTo("bureau:science");
        assertThat(correction.get("payload").get("figures").get("patentsGranted").asInt()).isEqualTo(21);
        assertThat(correction.get("payload").get("previousFigures").get("patentsGranted").asInt()).isEqualTo(19);
        assertThat(correction.get("payload").get("previousFigures").get("itIndustrialisationAssessed").asInt()).isEqualTo(9);
        assertThat(correction.get("payload").get("correctsSequence").asLong()).isZero();
        assertThat(correction.get("payload").get("reason").asText()).isEqualTo("two patents granted in May were registered in June");
    }

    @Test
    void aReturnWithinEightDaysOfItsMonthsEndIsOnTime_andMayCarryASingleFigure() {
        HttpResult created = bureau().putJson("/api/statistical-returns/yingde/2015-06", json("patentsGranted", 4));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode state = bureau().get("/api/statistical-returns/yingde/2015-06").json();
        assertThat(state.get("late").asBoolean()).isFalse();
        assertThat(state.get("figures").get("patentsGranted").asInt()).isEqualTo(4);
        assertThat(state.get("figures").get("aboveScaleValueAddedWanYuan").isNull()).isTrue();
    }

    @Test
    void everyStoredEventReachesKafkaAsABinaryModeCloudEventKeyedByTheReturnId() {
        assertThat(bureau().putJson("/api/statistical-returns/qingxin/2015-04", json("patentsGranted", 7, "aboveScaleEnterprises", 150,
                "enterprisesWithRdInstitution", 15)).status()).isEqualTo(201);
        assertThat(bureau().postJson("/api/statistical-returns/qingxin/2015-04/revisions",
                revision(Map.of("patentsGranted", 8, "aboveScaleEnterprises", 150, "enterprisesWithRdInstitution", 16), "bulletin corrected"))
                .status()).isEqualTo(201);

        List<ConsumerRecord<String, byte[]>> mine = published(service.names().topic(), "qingxin/2015-04", 2);
        assertThat(mine).as("each event exactly once when nothing failed").hasSize(2);
        ConsumerRecord<String, byte[]> submitted = mine.get(0);
        assertThat(header(submitted, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(submitted, "ce_type")).isEqualTo("cn.gov.qingyuan.plan.statistics.StatisticalReturnSubmitted.v1");
        assertThat(header(submitted, "ce_source")).isEqualTo("/services/industry-statistics");
        assertThat(header(submitted, "ce_subject")).isEqualTo("qingxin/2015-04");
        assertThat(header(submitted, "ce_id")).isNotBlank();
        assertThat(OffsetDateTime.parse(header(submitted, "ce_time"))).isNotNull();
        assertThat(header(submitted, "ce_schemaversion")).isEqualTo("1");
        assertThat(header(submitted, "ce_aggregatesequence")).isEqualTo("0");
        assertThat(header(submitted, "ce_submittedat")).isEqualTo(NOW.toString());
        assertThat(header(submitted, "ce_submittedby")).isEqualTo("test-reporter@bureau:statistics");
        assertThat(header(submitted, "ce_organisation")).isEqualTo("bureau:statistics");
        assertThat(header(submitted, "ce_submitterrole")).isEqualTo("reporter");
        assertThat(header(submitted, "content-type")).isEqualTo("application/json");
        assertThat(new String(submitted.value(), StandardCharsets.UTF_8)).isEqualTo("{\"returnId\":\"qingxin/2015-04\",\"county\":\"qingxin\","
                + "\"period\":\"2015-04\",\"figures\":{\"aboveScaleValueAddedWanYuan\":null,\"advancedManufacturingValueAddedWanYuan\":null,"
                + "\"highTechValueAddedWanYuan\":null,\"industrialValueAddedWanYuan\":null,\"aboveScaleEnterprises\":150,"
                + "\"enterprisesWithRdInstitution\":15,\"technologyCentresAndLabs\":null,\"patentsGranted\":7,\"enterprisesOver1BillionRevenue\":null,"
                + "\"itIndustrialisationPilots\":null,\"itIndustrialisationCertified\":null,\"itIndustrialisationAssessed\":null},"
                + "\"reportedOn\":\"2015-06-15\",\"late\":true}");
        ConsumerRecord<String, byte[]> revised = mine.get(1);
        assertThat(header(revised, "ce_type")).isEqualTo("cn.gov.qingyuan.plan.statistics.StatisticalReturnRevised.v1");
        assertThat(header(revised, "ce_subject")).isEqualTo("qingxin/2015-04");
        assertThat(header(revised, "ce_aggregatesequence")).isEqualTo("1");
        assertThat(new String(revised.value(), StandardCharsets.UTF_8)).contains("\"correctsSequence\":0", "\"reason\":\"bulletin corrected\"",
                "\"previousFigures\":{", "\"enterprisesWithRdInstitution\":16");
    }

    /** A return whose part is above its whole: refused on the part, naming the whole and its figure. */
    static Arguments partAboveWhole(String problem, String part, Number partFigure, String whole, Number wholeFigure) {
        return Arguments.of(problem, "yingde/2015-03", json(whole, wholeFigure, part, partFigure), 400, part,
                "must not exceed " + whole + " (" + wholeFigure + ")");
    }

    static Stream<Arguments> badSubmissions() {
        return Stream.of(
                Arguments.of("unknown county", "guangzhou/2015-05", fullReturn(), 400, "county", "unknown county 'guangzhou'"),
                Arguments.of("malformed period", "yingde/2015-5", fullReturn(), 400, "period", "YYYY-MM"),
                Arguments.of("month 13", "yingde/2015-13", fullReturn(), 400, "period", "YYYY-MM"),
                Arguments.of("before the plan", "yingde/2014-12", fullReturn(), 400, "period", "outside the plan's span"),
                Arguments.of("a month not yet begun", "yingde/2015-07", fullReturn(), 400, "period", "has not begun"),
                Arguments.of("negative value added", "yingde/2015-03", json("aboveScaleValueAddedWanYuan", -1), 400,
                        "aboveScaleValueAddedWanYuan", "must not be negative"),
                Arguments.of("negative count", "yingde/2015-03", json("patentsGranted", -3), 400, "patentsGranted", "must not be negative"),
                Arguments.of("three decimals", "yingde/2015-03", json("highTechValueAddedWanYuan", 1.005), 400,
                        "highTechValueAddedWanYuan", "at most two decimals"),
                Arguments.of("beyond the plan's bounds", "yingde/2015-03", json("industrialValueAddedWanYuan", 10000000.01), 400,
                        "industrialValueAddedWanYuan", "must not exceed"),
                Arguments.of("count beyond bounds", "yingde/2015-03", json("aboveScaleEnterprises", 100001), 400,
                        "aboveScaleEnterprises", "must not exceed 100000"),
                Arguments.of("fractional count", "yingde/2015-03", json("patentsGranted", 1.5), 400, "patentsGranted", "must be a whole number"),
                Arguments.of("wrong type", "yingde/2015-03", json("aboveScaleValueAddedWanYuan", "lots"), 400,
                        "aboveScaleValueAddedWanYuan", "not a valid number"),
                partAboveWhole("advanced manufacturing above the above-scale total", "advancedManufacturingValueAddedWanYuan", 1200,
                        "aboveScaleValueAddedWanYuan", 1000),
                partAboveWhole("high tech above the above-scale total", "highTechValueAddedWanYuan", 1000.01, "aboveScaleValueAddedWanYuan", 1000),
                partAboveWhole("above-scale above all industry", "aboveScaleValueAddedWanYuan", 1000, "industrialValueAddedWanYuan", 900),
                partAboveWhole("more R&D enterprises than above-scale ones", "enterprisesWithRdInstitution", 21, "aboveScaleEnterprises", 20),
                partAboveWhole("more billion-yuan enterprises than above-scale ones", "enterprisesOver1BillionRevenue", 3, "aboveScaleEnterprises", 2),
                Arguments.of("no figures", "yingde/2015-03", "{}", 400, "body", "a return reports at least one figure"),
                Arguments.of("only nulls", "yingde/2015-03", json("patentsGranted", null), 400, "body", "at least one figure"),
                Arguments.of("unknown field", "yingde/2015-03", json("patentsGranted", 3, "patents", 3), 400, "patents", "unknown field"),
                Arguments.of("malformed JSON", "yingde/2015-03", "{\"patentsGranted\": ", 400, "body", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSubmissions")
    void aBadSubmissionIsRefusedWithTheFieldAndReasonAndWritesNothing(String problem, String countyAndPeriod, String body,
                                                                       int status, String field, String reason) {
        long before = service.storedEvents();
        assertProblem(bureau().putJson("/api/statistical-returns/" + countyAndPeriod, body), status, field, reason);
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    static Stream<Arguments> badRevisions() {
        Map<String, Object> changed = new LinkedHashMap<>(fullFigures());
        changed.put("patentsGranted", 20);
        Map<String, Object> negative = new LinkedHashMap<>(changed);
        negative.put("technologyCentresAndLabs", -1);
        Map<String, Object> inconsistent = new LinkedHashMap<>(changed);
        inconsistent.put("enterprisesWithRdInstitution", 213);
        Map<String, Object> typo = new LinkedHashMap<>(changed);
        typo.put("patents", 20);
        return Stream.of(
                Arguments.of("no reason", "lianzhou/2015-05", json("figures", changed), 400, "reason", "must not be blank"),
                Arguments.of("a reason too short to say why", "lianzhou/2015-05", revision(changed, "fix"), 400, "reason", "must say why"),
                Arguments.of("no figures", "lianzhou/2015-05", json("reason", "recount of the list"), 400, "figures", "must not be null"),
                Arguments.of("empty figures", "lianzhou/2015-05", revision(Map.of(), "recount of the list"), 400, "figures",
                        "at least one figure"),
                Arguments.of("negative figure", "lianzhou/2015-05", revision(negative, "recount of the list"), 400,
                        "figures.technologyCentresAndLabs", "must not be negative"),
                Arguments.of("inconsistent figures", "lianzhou/2015-05", revision(inconsistent, "recount of the list"), 400,
                        "figures.enterprisesWithRdInstitution", "must not exceed aboveScaleEnterprises (212)"),
                Arguments.of("unknown field", "lianzhou/2015-05", revision(typo, "recount of the list"), 400, "figures.patents", "unknown field"),
                Arguments.of("the figures already recorded", "lianzhou/2015-05", revision(fullFigures(), "nothing changed really"), 409,
                        "figures", "already reports exactly these figures"),
                Arguments.of("a return never submitted", "lianzhou/2015-01", revision(changed, "recount of the list"), 404,
                        "period", "no return 'lianzhou/2015-01' was submitted"),
                Arguments.of("malformed period", "lianzhou/2015-5", revision(changed, "recount of the list"), 400, "period", "YYYY-MM"),
                Arguments.of("unknown county", "qingyuan/2015-05", revision(changed, "recount of the list"), 400, "county", "unknown county"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRevisions")
    void aBadRevisionIsRefusedWithTheFieldAndReasonAndWritesNothing(String problem, String countyAndPeriod, String body,
                                                                     int status, String field, String reason) {
        submitted("lianzhou", "2015-05");
        long before = service.storedEvents();
        assertProblem(bureau().postJson("/api/statistical-returns/" + countyAndPeriod + "/revisions", body), status, field, reason);
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void aSecondSubmissionOfTheSameReturnIsAConflictThatPointsToRevisionsAndWritesNothing() {
        assertThat(bureau().putJson("/api/statistical-returns/fogang/2015-05", fullReturn()).status()).isEqualTo(201);
        long before = service.storedEvents();
        HttpResult again = bureau().putJson("/api/statistical-returns/fogang/2015-05", json("patentsGranted", 30));
        assertProblem(again, 409, "period", "a revised return is a correction with a reason");
        assertThat(again.json().get("reason").asText()).endsWith("POST /api/statistical-returns/fogang/2015-05/revisions");
        assertProblem(bureau().putJson("/api/statistical-returns/FOGANG/2015-05", fullReturn()), 409, "period", "already submitted");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void readingAReturnNeverSubmittedIs404AndABadAddressIs400() {
        assertProblem(bureau().get("/api/statistical-returns/liannan/2015-02"), 404, "period", "no return 'liannan/2015-02' was submitted");
        assertProblem(service.as(AUDITOR).get("/api/statistical-returns/liannan/2015-02/history"), 404, "period", "no return");
        assertProblem(bureau().get("/api/statistical-returns/liannan/February"), 400, "period", "YYYY-MM");
        assertProblem(bureau().get("/api/statistical-returns/atlantis/2015-02"), 400, "county", "unknown county 'atlantis'");
    }

    @Test
    void aNonJsonBodyIsRefused() {
        assertProblem(bureau().post("/api/statistical-returns/yingde/2015-03/revisions", "text/plain", "patents: 3"), 415, "Content-Type",
                "not supported");
    }
}
