package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.contracts.ReportingDomain;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** One receipt for every kind of record: {@code id}, and the kind's declared alias for clients written before the kit. */
class SubmissionReceiptTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    @Test
    void aReceiptCarriesTheIdUnderBothNames() throws Exception {
        String written = json.writeValueAsString(new SubmissionReceipt("p-1", "projectId", 3, "req-7", Instant.parse("2015-06-15T02:00:00Z")));
        assertThat(json.readTree(written).get("id").asText()).isEqualTo("p-1");
        assertThat(json.readTree(written).get("projectId").asText()).isEqualTo("p-1");
        assertThat(json.readTree(written).get("version").asLong()).isEqualTo(3);
        assertThat(json.readTree(written).get("correlationId").asText()).isEqualTo("req-7");
        assertThat(json.readTree(written).has("idField")).isFalse();
        assertThat(written).startsWith("{\"id\":\"p-1\",\"version\":3");
    }

    @Test
    void aKindNamedIdHasNoAlias() throws Exception {
        String written = json.writeValueAsString(new SubmissionReceipt("x", "id", 0, null, Instant.EPOCH));
        assertThat(json.readTree(written).size()).isEqualTo(4);
    }

    @Test
    void aRecordsAddressFollowsTheVariablesOfTheRequestThatCreatedIt() {
        RecordKind<Object, Object> kind = RecordKind.of("energy return", ReportingDomain.ENERGY_AND_EMISSIONS, Object.class, (state, event, sequence) -> event)
                .id("returnId").at("/api/energy-returns/{county}/{period}").coveredBy((unit, state) -> true).build();
        assertThat(kind.addressOf("yingde/2015-05", java.util.Map.of("county", "yingde", "period", "2015-05")))
                .isEqualTo("/api/energy-returns/yingde/2015-05");
        RecordKind<Object, Object> projects = RecordKind.of("project", ReportingDomain.INDUSTRIAL_PROJECTS, Object.class, (state, event, sequence) -> event)
                .id("projectId").at("/api/projects/{projectId}").coveredBy((unit, state) -> true).build();
        assertThat(projects.addressOf("p-1", java.util.Map.of())).isEqualTo("/api/projects/p-1");
    }
}
