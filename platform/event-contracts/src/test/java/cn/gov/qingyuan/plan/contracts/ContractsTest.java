package cn.gov.qingyuan.plan.contracts;

import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ContractsTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void everyIndustrialProjectEventHasADistinctVersionedType() {
        assertThat(IndustrialProjectEvent.ALL).map(EventType::of).map(EventType::cloudEventType)
                .containsExactly("cn.gov.qingyuan.plan.industrialprojects.ProjectRegistered.v1",
                        "cn.gov.qingyuan.plan.industrialprojects.ProjectMilestoneReached.v1",
                        "cn.gov.qingyuan.plan.industrialprojects.ProjectInvestmentReported.v2",
                        "cn.gov.qingyuan.plan.industrialprojects.ProjectInvestmentCorrected.v1");
        assertThat(IndustrialProjectEvent.class.getPermittedSubclasses()).containsExactlyInAnyOrderElementsOf(IndustrialProjectEvent.ALL);
    }

    @Test
    void cloudEventTypeRoundTrips() {
        EventType type = EventType.of(ProjectInvestmentReported.class);
        assertThat(EventType.fromCloudEventType(type.cloudEventType())).isEqualTo(type);
        assertThatThrownBy(() -> EventType.fromCloudEventType("no-version")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventTravelsAsPlainJsonWithCountyCodeAndPeriodText() throws Exception {
        var event = new ProjectInvestmentReported("p-1", County.YINGDE, ReportingPeriod.of(2015, 3), new BigDecimal("1250.50"),
                LocalDate.of(2015, 4, 9), true);
        String text = json.writeValueAsString(event);
        assertThat(text).isEqualTo("{\"projectId\":\"p-1\",\"county\":\"yingde\",\"period\":\"2015-03\",\"amountWanYuan\":1250.50,"
                + "\"reportedOn\":\"2015-04-09\",\"late\":true}");
        assertThat(json.readValue(text, ProjectInvestmentReported.class)).isEqualTo(event);
    }

    @Test
    void countyCodesAreCaseInsensitiveAndUnknownOnesAreNamed() {
        assertThat(County.fromCode("LIANNAN")).isEqualTo(County.LIANNAN);
        assertThatThrownBy(() -> County.fromCode("guangzhou")).hasMessageContaining("unknown county 'guangzhou'")
                .hasMessageContaining("qingcheng");
    }

    @Test
    void periodIsDueEightDaysAfterTheMonthEnds() {
        assertThat(ReportingPeriod.parse("2015-02").dueDate()).isEqualTo(LocalDate.of(2015, 3, 8));
        assertThat(ReportingPeriod.parse("2016-12").dueDate()).isEqualTo(LocalDate.of(2017, 1, 8));
        assertThatThrownBy(() -> ReportingPeriod.parse("2015-13")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReportingPeriod.parse("2015-3")).isInstanceOf(IllegalArgumentException.class);
    }
}
