package cn.gov.qingyuan.plan.parks.api;

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
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static cn.gov.qingyuan.plan.testkit.Http.json;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.header;
import static cn.gov.qingyuan.plan.testkit.KafkaProbe.published;
import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The park metrics API through real HTTP, on real PostgreSQL and Kafka: the happy paths, every kind of bad input
 * (each checked to write nothing) and the CloudEvents on Kafka; identity, scope, idempotency keys and {@code If-Match} are
 * {@link SubmissionGuaranteesTest}'s.
 */
@StackTest(clock = "2015-06-15T02:00:00Z")
class ParkMetricsApiTest {

    /** "Now" for these tests: mid-June 2015, so May's figures are late (due 8 June) and July has not begun. */
    static final Instant NOW = Instant.parse("2015-06-15T02:00:00Z");

    private final ServiceUnderTest service;
    /** A reporter of the city's Economy & IT bureau, which reports for every park. */
    private final Http http;

    ParkMetricsApiTest(@Autowired ServiceUnderTest service) {
        this.service = service;
        this.http = service.as("reporter", "bureau:economy-it");
    }

    static String figures(Object investment, Object industrial, Object aboveScale) {
        return json("fixedAssetInvestmentInIndustrialProjectsWanYuan", investment, "industrialValueAddedWanYuan", industrial,
                "aboveScaleValueAddedWanYuan", aboveScale);
    }

    static String fullMonth() {
        return figures(42000.5, 310000, 265000);
    }

    static String revision(Object investment, Object industrial, Object aboveScale, String reason) {
        Map<String, Object> figures = new java.util.LinkedHashMap<>();
        figures.put("fixedAssetInvestmentInIndustrialProjectsWanYuan", investment);
        figures.put("industrialValueAddedWanYuan", industrial);
        figures.put("aboveScaleValueAddedWanYuan", aboveScale);
        return json("figures", figures, "reason", reason);
    }

    @Test
    void aParksMonthIsSubmittedAndRevised_andEachEventRecordsItsSubmission() {
        HttpResult created = http.as(TestStack.issuer().token("li.wei", "reporter", "park:huaqiao", Duration.ofMinutes(5)))
                .putJson("/api/parks/huaqiao/months/2015-05", fullMonth(), Map.of("X-Correlation-Id", "req-7"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/parks/huaqiao/months/2015-05");
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(created.json().get("id").asText()).isEqualTo("huaqiao/2015-05");
        String correlationId = created.json().get("correlationId").asText();
        assertThat(correlationId).as("the server's own id, not the client's").isNotEqualTo("req-7").isEqualTo(created.header("X-Correlation-Id"));
        assertThat(created.header("X-Client-Reference")).isEqualTo("req-7");

        HttpResult revised = http.as(TestStack.token("reporter", "county:yingde")).postJson("/api/parks/huaqiao/months/2015-05/revisions",
                revision(43000.5, 310000, null, "one project's invoice was booked in June"), Map.of("If-Match", "\"0\""));
        assertThat(revised.status()).as(revised.text()).isEqualTo(201);
        assertThat(revised.header("ETag")).isEqualTo("\"1\"");

        HttpResult state = http.get("/api/parks/huaqiao/months/2015-05");
        assertThat(state.status()).as(state.text()).isEqualTo(200);
        assertThat(state.header("ETag")).isEqualTo("\"1\"");
        assertThat(state.json().get("county").asText()).isEqualTo("yingde");
        assertThat(state.json().get("figures").get("fixedAssetInvestmentInIndustrialProjectsWanYuan").decimalValue()).isEqualByComparingTo("43000.5");
        assertThat(state.json().get("figures").get("aboveScaleValueAddedWanYuan").isNull()).as("left out of the revision").isTrue();
        assertThat(state.json().get("late").asBoolean()).as("May was due on 8 June").isTrue();
        assertThat(state.json().get("reportedOn").asText()).isEqualTo("2015-06-15");
        assertThat(state.json().get("revisions").asInt()).isEqualTo(1);

        HttpResult history = service.as("auditor", null).get("/api/parks/huaqiao/months/2015-05/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json()).hasSize(2);
        JsonNode submission = history.json().get(0);
        assertThat(submission.get("type").asText()).isEqualTo("cn.gov.qingyuan.plan.parks.ParkFiguresSubmitted");
        assertThat(submission.get("metadata").get("submittedBy").asText()).isEqualTo("li.wei");
        assertThat(submission.get("metadata").get("organisation").asText()).isEqualTo("park:huaqiao");
        assertThat(submission.get("metadata").get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(submission.get("metadata").get("clientReference").asText()).isEqualTo("req-7");
        assertThat(submission.get("payload").get("parkId").asText()).isEqualTo("huaqiao");
        assertThat(submission.get("payload").get("county").asText()).isEqualTo("yingde");
        JsonNode revision = history.json().get(1);
        assertThat(revision.get("type").asText()).isEqualTo("cn.gov.qingyuan.plan.parks.ParkFiguresRevised");
        assertThat(revision.get("metadata").get("organisation").asText()).isEqualTo("county:yingde");
        assertThat(revision.get("payload").get("previousFigures").get("aboveScaleValueAddedWanYuan").decimalValue()).isEqualByComparingTo("265000");
        assertThat(revision.get("payload").get("correctsSequence").asLong()).isZero();
    }

    @Test
    void figuresWithinEightDaysOfTheMonthsEndAreOnTime() {
        assertThat(http.putJson("/api/parks/taiping/months/2015-06", figures(500, null, null)).status()).isEqualTo(201);
        assertThat(http.get("/api/parks/taiping/months/2015-06").json().get("late").asBoolean()).isFalse();
    }

    @Test
    void aParkStartsAndCompletesItsCircularEconomyRetrofit() {
        Http committee = http.as(TestStack.token("reporter", "park:yuantan"));
        HttpResult started = committee.postJson("/api/parks/yuantan/circular-economy-retrofit/start", json("startedOn", "2015-03-02"));
        assertThat(started.status()).as(started.text()).isEqualTo(201);
        assertThat(started.header("ETag")).isEqualTo("\"0\"");
        assertThat(started.header("Location")).isEqualTo("/api/parks/yuantan/circular-economy-retrofit");
        long before = service.storedEvents();
        assertProblem(committee.postJson("/api/parks/yuantan/circular-economy-retrofit/start", json("startedOn", "2015-03-03")),
                409, "startedOn", "already started on 2015-03-02");
        assertProblem(committee.postJson("/api/parks/yuantan/circular-economy-retrofit/completion", json("completedOn", "2015-03-01")),
                409, "completedOn", "cannot be completed before");
        assertProblem(committee.postJson("/api/parks/yuantan/circular-economy-retrofit/completion", json("completedOn", "2015-06-16")),
                400, "completedOn", "in the future");
        assertProblem(committee.postJson("/api/parks/yuantan/circular-economy-retrofit/completion", json("completedOn", "2015-06-01"),
                Map.of("If-Match", "\"3\"")), 409, "If-Match", "the current version is 0");
        assertThat(service.storedEvents()).isEqualTo(before);

        HttpResult completed = http.as(TestStack.token("reporter", "county:qingcheng"))
                .postJson("/api/parks/yuantan/circular-economy-retrofit/completion", json("completedOn", "2015-06-01"), Map.of("If-Match", "\"0\""));
        assertThat(completed.status()).as(completed.text()).isEqualTo(201);
        assertThat(completed.header("ETag")).isEqualTo("\"1\"");
        JsonNode state = http.get("/api/parks/yuantan/circular-economy-retrofit").json();
        assertThat(state.get("startedOn").asText()).isEqualTo("2015-03-02");
        assertThat(state.get("completedOn").asText()).isEqualTo("2015-06-01");
        assertThat(state.get("county").asText()).isEqualTo("qingcheng");
        assertProblem(committee.postJson("/api/parks/yuantan/circular-economy-retrofit/completion", json("completedOn", "2015-06-02")),
                409, "completedOn", "already completed on 2015-06-01");
        assertThat(service.as("auditor", null).get("/api/parks/yuantan/circular-economy-retrofit/history").json()).hasSize(2);
    }

    @Test
    void completingARetrofitNeverStartedIsAConflictAndWritesNothing() {
        long before = service.storedEvents();
        assertProblem(http.postJson("/api/parks/minzu/circular-economy-retrofit/completion", json("completedOn", "2015-06-01")),
                409, "completedOn", "was never started");
        assertProblem(http.get("/api/parks/minzu/circular-economy-retrofit"), 404, "parkId", "has not started");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void readingAMonthNeverSubmittedIsNotFoundOnItsPeriod() {
        assertProblem(http.get("/api/parks/minzu/months/2015-01"), 404, "period", "no figures 'minzu/2015-01' were submitted");
    }

    static Stream<Arguments> badSubmissions() {
        return Stream.of(
                Arguments.of("unknown park", "atlantis/months/2015-05", fullMonth(), 404, "parkId", "unknown park 'atlantis'"),
                Arguments.of("malformed period", "fogang/months/2015-5", fullMonth(), 400, "period", "YYYY-MM"),
                Arguments.of("before the plan", "fogang/months/2014-12", fullMonth(), 400, "period", "outside the plan's span"),
                Arguments.of("a month not yet begun", "fogang/months/2015-07", fullMonth(), 400, "period", "has not begun"),
                Arguments.of("negative investment", "fogang/months/2015-03", figures(-1, null, null), 400,
                        "fixedAssetInvestmentInIndustrialProjectsWanYuan", "must not be negative"),
                Arguments.of("three decimals", "fogang/months/2015-03", figures(null, 1.005, null), 400,
                        "industrialValueAddedWanYuan", "at most two decimals"),
                Arguments.of("above 1,000 亿", "fogang/months/2015-03", figures(null, null, 10000000.01), 400,
                        "aboveScaleValueAddedWanYuan", "must not exceed 10000000"),
                Arguments.of("wrong type", "fogang/months/2015-03", json("industrialValueAddedWanYuan", "lots"), 400,
                        "industrialValueAddedWanYuan", "not a valid number"),
                Arguments.of("above-scale above all industry", "fogang/months/2015-03", figures(null, 900, 1000), 400,
                        "aboveScaleValueAddedWanYuan", "must not exceed industrialValueAddedWanYuan (900)"),
                Arguments.of("no figures", "fogang/months/2015-03", "{}", 400, "body", "at least one figure"),
                Arguments.of("unknown field", "fogang/months/2015-03", json("industrialValueAddedWanYuan", 3, "investment", 3), 400,
                        "investment", "unknown field"),
                Arguments.of("malformed JSON", "fogang/months/2015-03", "{\"industrialValueAddedWanYuan\": ", 400, "body", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSubmissions")
    void aBadSubmissionIsRefusedWithTheFieldAndReasonAndWritesNothing(String problem, String parkAndPeriod, String body,
                                                                       int status, String field, String reason) {
        refusedWritingNothing(() -> http.putJson("/api/parks/" + parkAndPeriod, body), status, field, reason);
    }

    static Stream<Arguments> badRevisions() {
        return Stream.of(
                Arguments.of("no reason", "yinghong/months/2015-04", json("figures", Map.of("industrialValueAddedWanYuan", 1)), 400, "reason",
                        "must not be blank"),
                Arguments.of("a reason too short", "yinghong/months/2015-04", revision(1, null, null, "fix"), 400, "reason", "must say why"),
                Arguments.of("no figures", "yinghong/months/2015-04", json("reason", "recount of the list"), 400, "figures", "must not be null"),
                Arguments.of("empty figures", "yinghong/months/2015-04", revision(null, null, null, "recount of the list"), 400, "figures",
                        "at least one figure"),
                Arguments.of("inconsistent figures", "yinghong/months/2015-04", revision(null, 10, 20, "recount of the list"), 400,
                        "figures.aboveScaleValueAddedWanYuan", "must not exceed industrialValueAddedWanYuan (10)"),
                Arguments.of("the figures already recorded", "yinghong/months/2015-04", revision(42000.5, 310000, 265000, "nothing changed"),
                        409, "figures", "already exactly these"),
                Arguments.of("a month never submitted", "yinghong/months/2015-01", revision(1, null, null, "recount of the list"), 404,
                        "period", "no figures 'yinghong/2015-01' were submitted"),
                Arguments.of("unknown park", "atlantis/months/2015-04", revision(1, null, null, "recount of the list"), 404, "parkId",
                        "unknown park"),
                Arguments.of("bad If-Match", "yinghong/months/2015-04", revision(1, null, null, "recount of the list"), 400, "If-Match",
                        "is not a version"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRevisions")
    void aBadRevisionIsRefusedWithTheFieldAndReasonAndWritesNothing(String problem, String parkAndPeriod, String body,
                                                                     int status, String field, String reason) {
        assertThat(http.putJson("/api/parks/yinghong/months/2015-04", fullMonth()).status()).isIn(201, 409);
        Map<String, String> headers = problem.equals("bad If-Match") ? Map.of("If-Match", "version one") : Map.of();
        refusedWritingNothing(() -> http.postJson("/api/parks/" + parkAndPeriod + "/revisions", body, headers), status, field, reason);
    }

    /** Sends the request, checks that it is refused with this problem, and that it wrote nothing. */
    private void refusedWritingNothing(Supplier<HttpResult> request, int status, String field, String reason) {
        long before = service.storedEvents();
        assertProblem(request.get(), status, field, reason);
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void aSecondSubmissionOfTheSameMonthIsAConflictThatPointsToRevisionsAndWritesNothing() {
        assertThat(http.putJson("/api/parks/fogang/months/2015-05", fullMonth()).status()).isEqualTo(201);
        long before = service.storedEvents();
        HttpResult again = http.putJson("/api/parks/fogang/months/2015-05", figures(1, null, null));
        assertProblem(again, 409, "period", "already submitted");
        assertThat(again.json().get("reason").asText()).endsWith("POST /api/parks/fogang/months/2015-05/revisions");
        assertThat(service.storedEvents()).isEqualTo(before);
    }

    @Test
    void everyStoredEventReachesKafkaAsABinaryModeCloudEventKeyedByItsAggregate() {
        assertThat(http.putJson("/api/parks/huadu-auto-parts/months/2015-04", figures(800, null, null)).status()).isEqualTo(201);
        assertThat(http.postJson("/api/parks/huadu-auto-parts/months/2015-04/revisions", revision(900, null, null, "invoice corrected"))
                .status()).isEqualTo(201);
        assertThat(http.postJson("/api/parks/huadu-auto-parts/circular-economy-retrofit/start", json("startedOn", "2015-04-01")).status())
                .isEqualTo(201);
        assertThat(http.postJson("/api/parks/huadu-auto-parts/circular-economy-retrofit/completion", json("completedOn", "2015-06-10"))
                .status()).isEqualTo(201);

        List<ConsumerRecord<String, byte[]>> mine = published(service.names().topic(), key -> key.startsWith("huadu-auto-parts"), 4);
        List<ConsumerRecord<String, byte[]>> month = mine.stream().filter(r -> r.key().equals("huadu-auto-parts/2015-04")).toList();
        List<ConsumerRecord<String, byte[]>> retrofit = mine.stream().filter(r -> r.key().equals("huadu-auto-parts")).toList();
        assertThat(month).hasSize(2);
        assertThat(retrofit).hasSize(2);
        ConsumerRecord<String, byte[]> submitted = month.get(0);
        assertThat(header(submitted, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(submitted, "ce_type")).isEqualTo("cn.gov.qingyuan.plan.parks.ParkFiguresSubmitted.v1");
        assertThat(header(submitted, "ce_source")).isEqualTo("/services/park-metrics");
        assertThat(header(submitted, "ce_subject")).isEqualTo("huadu-auto-parts/2015-04");
        assertThat(header(submitted, "ce_aggregatesequence")).isEqualTo("0");
        assertThat(header(submitted, "ce_organisation")).isEqualTo("bureau:economy-it");
        assertThat(header(submitted, "ce_submittedat")).isEqualTo(NOW.toString());
        assertThat(new String(submitted.value(), StandardCharsets.UTF_8)).isEqualTo("{\"parkMonthId\":\"huadu-auto-parts/2015-04\","
                + "\"parkId\":\"huadu-auto-parts\",\"county\":\"qingxin\",\"period\":\"2015-04\",\"figures\":{"
                + "\"fixedAssetInvestmentInIndustrialProjectsWanYuan\":800,\"industrialValueAddedWanYuan\":null,\"aboveScaleValueAddedWanYuan\":null},"
                + "\"reportedOn\":\"2015-06-15\",\"late\":true}");
        assertThat(header(month.get(1), "ce_type")).isEqualTo("cn.gov.qingyuan.plan.parks.ParkFiguresRevised.v1");
        assertThat(header(month.get(1), "ce_aggregatesequence")).isEqualTo("1");
        assertThat(header(retrofit.get(0), "ce_type")).isEqualTo("cn.gov.qingyuan.plan.parks.CircularEconomyRetrofitStarted.v1");
        assertThat(header(retrofit.get(1), "ce_type")).isEqualTo("cn.gov.qingyuan.plan.parks.CircularEconomyRetrofitCompleted.v1");
        assertThat(new String(retrofit.get(1).value(), StandardCharsets.UTF_8)).isEqualTo("{\"parkId\":\"huadu-auto-parts\","
                + "\"county\":\"qingxin\",\"startedOn\":\"2015-04-01\",\"completedOn\":\"2015-06-10\"}");
    }
}
