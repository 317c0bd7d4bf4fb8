package cn.gov.qingyuan.plan.contracts.targets;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CityTargetSet;
import cn.gov.qingyuan.plan.contracts.targets.PlanTargetEvent.CountyAllocationIssued;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TargetContractsTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void everyEventHasADistinctVersionedTypeInTheTargetsContext() {
        assertThat(PlanTargetEvent.ALL).map(EventType::of).map(EventType::cloudEventType)
                .containsExactly("cn.gov.qingyuan.plan.targets.CityTargetSet.v1", "cn.gov.qingyuan.plan.targets.CountyAllocationIssued.v1");
        assertThat(PlanTargetEvent.class.getPermittedSubclasses()).containsExactlyInAnyOrderElementsOf(PlanTargetEvent.ALL);
    }

    @Test
    void eventsTravelAsPlainJsonWithCodesAndPeriodText() throws Exception {
        CityTargetSet set = new CityTargetSet(IndicatorCode.of("industrial-investment"), TargetPeriod.WHOLE_PLAN, new BigDecimal("620"), "亿元",
                TargetComparator.AT_LEAST, Provenance.PLAN, "Plan 2.4.1", null);
        String text = json.writeValueAsString(set);
        assertThat(text).isEqualTo("{\"indicator\":\"industrial-investment\",\"period\":\"2015-2017\",\"value\":620,\"unit\":\"亿元\","
                + "\"comparator\":\"AT_LEAST\",\"provenance\":\"PLAN\",\"source\":\"Plan 2.4.1\",\"previousValue\":null}");
        assertThat(json.readValue(text, CityTargetSet.class)).isEqualTo(set);

        CountyAllocationIssued issued = new CountyAllocationIssued(IndicatorCode.of("industrial-investment"), TargetPeriod.year(2016),
                Arrays.stream(County.values()).map(c -> new CountyValue(c, BigDecimal.ONE)).toList(), "亿元", Provenance.SAMPLE,
                LocalDate.of(2016, 4, 1), true, 2, 1, "note", new BigDecimal("205"), "reason");
        String allocation = json.writeValueAsString(issued);
        assertThat(allocation).contains("\"year\":\"2016\"", "{\"county\":\"qingcheng\",\"value\":1}", "\"issuedOn\":\"2016-04-01\"",
                "\"late\":true", "\"supersedes\":1");
        assertThat(json.readValue(allocation, CountyAllocationIssued.class)).isEqualTo(issued);
    }

    @Test
    void periodsArePlanYearsOrTheWholePlan() {
        assertThat(List.of("2015", "2016", "2017", "2015-2017")).map(TargetPeriod::parse).map(TargetPeriod::toString)
                .containsExactly("2015", "2016", "2017", "2015-2017");
        for (String bad : List.of("2014", "2018", "2015-2016", "15", "", "2016-01")) {
            assertThatThrownBy(() -> TargetPeriod.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void splitsAreDueWithThePlanIn2015AndByTheEndOfMarchLater() {
        assertThat(TargetPeriod.year(2015).allocationDueDate()).isEqualTo(LocalDate.of(2015, 7, 3));
        assertThat(TargetPeriod.year(2016).allocationDueDate()).isEqualTo(LocalDate.of(2016, 3, 31));
        assertThat(TargetPeriod.year(2017).allocationDueDate()).isEqualTo(LocalDate.of(2017, 3, 31));
        assertThatThrownBy(TargetPeriod.WHOLE_PLAN::allocationDueDate).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void indicatorCodesAreLowerCaseWithDashes() {
        assertThat(IndicatorCode.of("rd-institution-share").toString()).isEqualTo("rd-institution-share");
        assertThatThrownBy(() -> IndicatorCode.of("Industrial Investment")).isInstanceOf(IllegalArgumentException.class);
    }
}
