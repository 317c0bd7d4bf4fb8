package cn.gov.qingyuan.plan.views.audit;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalFigures;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnRevised;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnSubmitted;
import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.views.EventPublisher;
import cn.gov.qingyuan.plan.views.EventPublisher.Submitted;
import cn.gov.qingyuan.plan.views.ViewsStack;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario: Yingde reports June 2016's above-scale value added on time, revises it in September with a
 * reason; the view of 2016-07-10 shows the June figure, today's the revised one, {@code changes} between the two shows
 * the revision with its reason and author ({@code lateOnly} keeps it), and provenance adds up to each view's figure.
 */
@StackTest(properties = ViewsStack.OWN_CONSUMER_GROUP)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorrectedFigureAuditTest {

    static final String INDICATOR = "above-scale-value-added";
    static final OffsetDateTime REPORTED = OffsetDateTime.parse("2016-07-05T10:00+08:00");
    static final OffsetDateTime REVISED = OffsetDateTime.parse("2016-09-12T09:30+08:00");
    static final String SUMMONS_DAY = "2016-07-10T00:00+08:00";
    static final String REASON = "an enterprise was counted twice";

    @Autowired
    ServiceUnderTest service;

    private final String returnId = "yingde/2016-06/" + UUID.randomUUID();
    private final String correlationId = UUID.randomUUID().toString();

    @BeforeAll
    void reportAndRevise() {
        ReportingPeriod june = ReportingPeriod.of(2016, 6);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.send(EventPublisher.record(Topics.INDUSTRY_STATISTICS, returnId, 0,
                    new StatisticalReturnSubmitted(returnId, County.YINGDE, june, valueAdded("812345.6"), LocalDate.of(2016, 7, 5), false),
                    new Submitted(REPORTED, "yingde.statistics", "reporter", "county:yingde", correlationId)));
            publisher.send(EventPublisher.record(Topics.INDUSTRY_STATISTICS, returnId, 1,
                    new StatisticalReturnRevised(returnId, County.YINGDE, june, valueAdded("798000.1"), valueAdded("812345.6"), 0, REASON),
                    new Submitted(REVISED, "yingde.chief", "reporter", "county:yingde", UUID.randomUUID().toString())));
        }
        Audits.await(auditor(), "/api/audit/events?aggregateId=" + enc(returnId), page -> page.get("events").size() == 2);
    }

    @Test
    void theViewOfTheSummonsDayShowsTheJuneFigureAndTodaysTheRevisedOne() {
        JsonNode then = county("&asOf=" + enc(SUMMONS_DAY));
        assertThat(then.get("asOf").asText()).isEqualTo("2016-07-10");
        assertThat(row(then).get("actual").decimalValue()).isEqualByComparingTo("81.23456");
        assertThat(row(then).get("latestMonth").asText()).isEqualTo("2016-06");

        JsonNode before = county("&asOf=" + enc("2016-07-05T09:59+08:00"));
        assertThat(row(before).get("actual").isNull()).as("nothing was known before the report").isTrue();

        // Today's figure may hold other tests' reports for Yingde: the revision shows through provenance.
        JsonNode provenance = Audits.await(auditor(), provenancePath(""), p -> fact(p) != null
                && fact(p).get("value").decimalValue().compareTo(new BigDecimal("798000.1")) == 0);
        JsonNode events = fact(provenance).get("events");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("value").decimalValue()).isEqualByComparingTo("812345.6");
        assertThat(events.get(0).get("submittedBy").asText()).isEqualTo("yingde.statistics");
        assertThat(events.get(0).get("correlationId").asText()).isEqualTo(correlationId);
        assertThat(events.get(1).get("supersedes").decimalValue()).isEqualByComparingTo("812345.6");
        assertThat(events.get(1).get("reason").asText()).isEqualTo(REASON);
        assertThat(events.get(1).get("late").asBoolean()).as("recorded after July's 8th").isTrue();
    }

    @Test
    void provenanceAddsUpToEachViewsFigure() {
        for (String asOf : new String[] {SUMMONS_DAY, null}) {
            String param = asOf == null ? "" : "&asOf=" + enc(asOf);
            JsonNode provenance = auditor().get(provenancePath(param)).json();
            JsonNode explanation = provenance.get("explanation");
            BigDecimal sum = BigDecimal.ZERO;
            for (JsonNode fact : explanation.get("facts")) {
                if (fact.get("counted").asBoolean()) {
                    sum = sum.add(fact.get("value").decimalValue());
                }
            }
            BigDecimal figure = sum.divide(explanation.get("divisor").decimalValue(), 6, java.math.RoundingMode.HALF_EVEN);
            assertThat(figure).as("Σ facts ÷ divisor as of " + asOf).isEqualByComparingTo(provenance.get("value").decimalValue());
            // The live view is kept by its own consumer, which may still be catching up with the journal's.
            BigDecimal value = provenance.get("value").decimalValue();
            Audits.await(auditor(), "/api/views/counties/yingde?period=2016" + param,
                    view -> row(view).get("actual").decimalValue().compareTo(value) == 0);
        }
    }

    @Test
    void changesBetweenTheTwoMomentsShowTheRevisionWithItsReasonAndAuthorAndLateOnlyKeepsIt() {
        for (String lateOnly : new String[] {"false", "true"}) {
            JsonNode changes = auditor().get("/api/audit/changes?from=" + enc(SUMMONS_DAY) + "&to=" + enc("2016-09-30T00:00+08:00")
                    + "&county=yingde&indicator=" + INDICATOR + "&period=2016&lateOnly=" + lateOnly).json();
            assertThat(changes.get("changes")).as("lateOnly=" + lateOnly).singleElement().satisfies(change -> {
                assertThat(change.get("scope").asText()).isEqualTo("yingde");
                assertThat(change.get("before").get("actual").decimalValue()).isEqualByComparingTo("81.23456");
                assertThat(change.get("after").get("actual").decimalValue()).isEqualByComparingTo("79.80001");
                JsonNode event = change.get("events").get(0).get("event");
                assertThat(change.get("events")).hasSize(1);
                assertThat(event.get("reason").asText()).isEqualTo(REASON);
                assertThat(event.get("submittedBy").asText()).isEqualTo("yingde.chief");
                assertThat(event.get("unit").asText()).isEqualTo("county:yingde");
                assertThat(change.get("events").get(0).get("month").asText()).isEqualTo("2016-06");
            });
        }
        JsonNode onTime = auditor().get("/api/audit/changes?from=" + enc("2016-07-01T00:00+08:00") + "&to=" + enc(SUMMONS_DAY)
                + "&county=yingde&indicator=" + INDICATOR + "&period=2016&lateOnly=true").json();
        assertThat(onTime.get("changes")).as("the on-time report is no late change").isEmpty();
    }

    @Test
    void theTrailSaysWhoReportedWhatWhenAndWhy() {
        JsonNode page = auditor().get("/api/audit/events?aggregateId=" + enc(returnId) + "&limit=1").json();
        JsonNode first = page.get("events").get(0);
        assertThat(first.get("submittedBy").asText()).isEqualTo("yingde.statistics");
        assertThat(first.get("role").asText()).isEqualTo("reporter");
        assertThat(first.get("unit").asText()).isEqualTo("county:yingde");
        assertThat(first.get("recordedAt").asText()).isEqualTo(REPORTED.toInstant().toString());
        assertThat(first.get("late").asBoolean()).isFalse();
        assertThat(first.get("indicators").toString()).contains(INDICATOR);
        JsonNode second = auditor().get("/api/audit/events?aggregateId=" + enc(returnId) + "&limit=1&cursor=" + page.get("next").asText())
                .json().get("events").get(0);
        assertThat(second.get("reason").asText()).isEqualTo(REASON);
        assertThat(second.get("replaced").get("aboveScaleValueAddedWanYuan").decimalValue()).isEqualByComparingTo("812345.6");
        assertThat(second.get("late").asBoolean()).isTrue();

        JsonNode byFilters = auditor().get("/api/audit/events?county=yingde&period=2016-06&type=StatisticalReturnRevised&submittedBy=yingde.chief"
                + "&indicator=" + INDICATOR + "&recordedFrom=" + enc("2016-09-01T00:00+08:00") + "&recordedTo=" + enc("2016-09-30T00:00+08:00")).json();
        assertThat(byFilters.get("events")).extracting(e -> e.get("aggregateId").asText()).contains(returnId);
        assertThat(auditor().get("/api/audit/events?correlationId=" + correlationId).json().get("events")).hasSize(1);
    }

    private JsonNode county(String params) {
        HttpResult result = auditor().get("/api/views/counties/yingde?period=2016" + params);
        assertThat(result.status()).as(result.text()).isEqualTo(200);
        return result.json();
    }

    private static JsonNode row(JsonNode view) {
        for (JsonNode row : view.get("rows")) {
            if (row.get("indicator").asText().equals(INDICATOR)) {
                return row;
            }
        }
        throw new AssertionError("no " + INDICATOR + " row in " + view);
    }

    private String provenancePath(String params) {
        return "/api/audit/provenance?indicator=" + INDICATOR + "&scope=yingde&period=2016" + params;
    }

    /** The fact of this test's return in a provenance, null if absent. */
    private JsonNode fact(JsonNode provenance) {
        for (JsonNode fact : provenance.get("explanation").get("facts")) {
            for (JsonNode event : fact.get("events")) {
                if (event.get("aggregateId").asText().equals(returnId)) {
                    return fact;
                }
            }
        }
        return null;
    }

    private Http auditor() {
        return service.as("auditor", null);
    }

    private static StatisticalFigures valueAdded(String wanYuan) {
        return new StatisticalFigures(new BigDecimal(wanYuan), null, null, null, null, null, null, null, null, null, null, null);
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
