package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.ReportingUnit;
import cn.gov.qingyuan.plan.http.Role;
import cn.gov.qingyuan.plan.http.Submitter;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectInvestmentReported;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class CloudEventMapperTest {

    private final CloudEventMapper mapper = new CloudEventMapper("topic", URI.create("/services/test"),
            new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

    @Test
    void aStoredDomainEventBecomesACloudEventKeyedByItsAggregateWithItsSubmission() {
        var payload = new ProjectInvestmentReported("p-9", County.FOGANG, ReportingPeriod.of(2016, 2), new BigDecimal("12.30"),
                java.time.LocalDate.of(2016, 3, 2), false);
        MetaData metadata = Submissions.metadata(new Submitter("li.wei", Role.REPORTER, ReportingUnit.parse("county:fogang")),
                Instant.parse("2016-03-02T01:00:00Z"), "req-7");
        var stored = new GenericDomainEventMessage<>("IndustrialProject", "p-9", 4, payload, metadata, "event-id-1",
                Instant.parse("2016-03-02T01:00:01Z"));

        ProducerRecord<String, CloudEvent> record = mapper.toRecord(stored);

        assertThat(record.topic()).isEqualTo("topic");
        assertThat(record.key()).isEqualTo("p-9");
        CloudEvent event = record.value();
        assertThat(event.getId()).isEqualTo("event-id-1");
        assertThat(event.getType()).isEqualTo("cn.gov.qingyuan.plan.industrialprojects.ProjectInvestmentReported.v2");
        assertThat(event.getSource()).isEqualTo(URI.create("/services/test"));
        assertThat(event.getSubject()).isEqualTo("p-9");
        assertThat(event.getTime().toInstant()).isEqualTo(Instant.parse("2016-03-02T01:00:01Z"));
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getExtension("aggregatesequence")).isEqualTo(4L);
        assertThat(event.getExtension("schemaversion")).isEqualTo(2);
        assertThat(event.getExtension("submittedby")).isEqualTo("li.wei");
        assertThat(event.getExtension("organisation")).isEqualTo("county:fogang");
        assertThat(event.getExtension("submitterrole")).isEqualTo("reporter");
        assertThat(event.getExtension("submittedat")).isEqualTo("2016-03-02T01:00:00Z");
        assertThat(event.getExtension("correlationid")).isEqualTo("req-7");
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"projectId\":\"p-9\",\"county\":\"fogang\",\"period\":\"2016-02\",\"amountWanYuan\":12.30,"
                        + "\"reportedOn\":\"2016-03-02\",\"late\":false}");
    }

    @Test
    void anEventWithoutAnAggregateHasNoKeyAndNoSubject() {
        var payload = new ProjectInvestmentReported("p-9", County.FOGANG, ReportingPeriod.of(2016, 2), BigDecimal.ONE,
                java.time.LocalDate.of(2016, 3, 2), false);
        ProducerRecord<String, CloudEvent> record = mapper.toRecord(GenericEventMessage.asEventMessage(payload));
        assertThat(record.key()).isNull();
        assertThat(record.value().getSubject()).isNull();
        assertThat(record.value().getExtension("submittedby")).isNull();
    }

    @Test
    void theSchemaVersionIsStoredAsTheRevision() {
        assertThat(new SchemaVersionRevisionResolver().revisionOf(ProjectInvestmentReported.class)).isEqualTo("2");
        assertThat(new SchemaVersionRevisionResolver().revisionOf(String.class)).isNull();
    }
}
