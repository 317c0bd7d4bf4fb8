package cn.gov.qingyuan.plan.views.figures;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import cn.gov.qingyuan.plan.projection.EventEnvelope;
import cn.gov.qingyuan.plan.views.facts.FactHistory;
import cn.gov.qingyuan.plan.views.facts.Replay;
import cn.gov.qingyuan.plan.views.figures.ViewDifferences.Difference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison of two renderings of the views: equal knowledge gives no difference, one fact more is found and named. */
class ViewDifferencesTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final FigureRules RULES = FigureRules.shipped(3);
    private static final LocalDate TODAY = LocalDate.of(2016, 3, 1);
    private static final OffsetDateTime RECORDED = OffsetDateTime.parse("2015-04-08T10:00:00+08:00");

    @Test
    void theSameEventsGiveNoDifference() {
        assertThat(differences(replay(true), replay(true))).isEmpty();
    }

    @Test
    void numbersAreComparedByValueAndAbsentEqualsNull() {
        ObjectMapper json = new ObjectMapper();
        assertThat(ViewDifferences.between(Map.of("v", tree(json, "{\"a\":5.50,\"b\":null}")), Map.of("v", tree(json, "{\"a\":5.5}")), json))
                .isEmpty();
        List<Difference> differences = ViewDifferences.between(Map.of("v", tree(json, "{\"a\":[1,2]}")),
                Map.of("v", tree(json, "{\"a\":[1,3]}"), "w", tree(json, "{}")), json);
        assertThat(differences).extracting(Difference::view, Difference::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("v", "$.a[1]"), org.assertj.core.groups.Tuple.tuple("w", "$"));
        assertThat(ViewDifferences.text(differences.get(0).found())).isEqualTo("3");
        assertThat(ViewDifferences.text(tree(json, "4.3E+3"))).isEqualTo("4300");
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aFactOnlyOneSideHasIsListedWithTheViewAndFieldAndBothValues() {
        List<Difference> differences = differences(replay(true), replay(false));

        assertThat(differences).isNotEmpty();
        assertThat(differences).anySatisfy(difference -> {
            assertThat(difference.view()).isEqualTo("/api/views/industrial-investment/counties/yingde?period=2015");
            assertThat(difference.path()).startsWith("$.");
            assertThat(difference.expected()).isNotEqualTo(difference.found());
        });
        assertThat(differences).allSatisfy(difference -> assertThat(difference.view()).doesNotContain("/reporting?year=2016"));
    }

    private static List<Difference> differences(Replay live, Replay rebuilt) {
        Map<String, Object> liveViews = EveryView.of(RULES.over(live.knowledge()), RULES, TODAY);
        Map<String, Object> rebuiltViews = EveryView.of(RULES.over(rebuilt.knowledge()), RULES, TODAY);
        assertThat(liveViews).hasSizeGreaterThan(100);
        return ViewDifferences.between(liveViews, rebuiltViews, JSON);
    }

    private static Replay replay(boolean withTheMarchReport) {
        Replay replay = new Replay(FactHistory.NONE);
        report(replay, 0, 2, "1500");
        if (withTheMarchReport) {
            report(replay, 1, 3, "2500");
        }
        return replay;
    }

    private static void report(Replay replay, long sequence, int month, String amount) {
        ReportingPeriod period = ReportingPeriod.of(2015, month);
        ProjectInvestmentReported event = new ProjectInvestmentReported("project-1", County.YINGDE, period, new BigDecimal(amount),
                period.dueDate(), false);
        replay.apply(event, new EventEnvelope("event-" + sequence, EventType.of(ProjectInvestmentReported.class), "/test", "project-1",
                sequence, RECORDED, "test", null, null, null, null, "topic", 0, sequence));
    }
}
