package cn.gov.qingyuan.plan.contracts.statistics;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnRevised;
import cn.gov.qingyuan.plan.contracts.statistics.StatisticalReturnEvent.StatisticalReturnSubmitted;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics contracts as consumers see them: a complete list of records, their CloudEvents types, their JSON. */
class StatisticalReturnEventTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void allListsEveryEventAndEachIsAVersionedRecord() {
        assertThat(StatisticalReturnEvent.ALL).containsExactlyInAnyOrder(Arrays.stream(StatisticalReturnEvent.class.getPermittedSubclasses())
                .map(c -> c.asSubclass(StatisticalReturnEvent.class)).toArray(Class[]::new));
        assertThat(StatisticalReturnEvent.ALL).allSatisfy(type -> assertThat(type.isRecord()).as(type.getSimpleName()).isTrue());
        assertThat(StatisticalReturnEvent.ALL.stream().map(type -> EventType.of(type).cloudEventType())).containsExactly(
                "cn.gov.qingyuan.plan.statistics.StatisticalReturnSubmitted.v1", "cn.gov.qingyuan.plan.statistics.StatisticalReturnRevised.v1");
    }

    @Test
    void aReturnIsIdentifiedByCountyAndMonth() {
        assertThat(StatisticalReturnEvent.returnId(County.LIANSHAN, ReportingPeriod.of(2016, 12))).isEqualTo("lianshan/2016-12");
    }

    @Test
    void eventsReadBackFromTheirJsonUnchanged() throws Exception {
        StatisticalFigures before = new StatisticalFigures(new BigDecimal("1000.25"), null, null, null, 12, 2, null, null, null, null, null, null);
        StatisticalFigures after = new StatisticalFigures(new BigDecimal("1000.25"), null, null, null, 12, 3, null, null, null, null, null, null);
        StatisticalReturnSubmitted submitted = new StatisticalReturnSubmitted("liannan/2015-03", County.LIANNAN, ReportingPeriod.of(2015, 3),
                before, LocalDate.of(2015, 4, 8), false);
        StatisticalReturnRevised revised = new StatisticalReturnRevised("liannan/2015-03", County.LIANNAN, ReportingPeriod.of(2015, 3),
                after, before, 0, "one more R&D institution registered in March");

        assertThat(json.readValue(json.writeValueAsString(submitted), StatisticalReturnSubmitted.class)).isEqualTo(submitted);
        assertThat(json.readValue(json.writeValueAsString(revised), StatisticalReturnRevised.class)).isEqualTo(revised);
        assertThat(json.writeValueAsString(submitted)).contains("\"county\":\"liannan\"", "\"period\":\"2015-03\"", "\"reportedOn\":\"2015-04-08\"",
                "\"aboveScaleValueAddedWanYuan\":1000.25", "\"enterprisesWithRdInstitution\":2");
    }
}
