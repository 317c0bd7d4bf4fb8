package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.CloudEventExtensions;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventMetadata;
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
        MetaData metadata = MetaData.from(java.util.Map.of(EventMetadata.SUBMITTED_BY, "li.wei", EventMetadata.ROLE, "reporter",
                EventMetadata.ORGANISATION, "county:fogang", EventMetadata.SUBMITTED_AT, "2016-03-02T01:00:00Z",
                EventMetadata.CORRELATION_ID, "req-7"));
        var stored = new GenericDomainEventMessage<>("IndustrialProject", "p-9", 4, payload, metadata, "event-id-1",
                Instant.parse("2016-03-02T01:00:01Z"));

        String link = "ab".repeat(32);
        ProducerRecord<String, CloudEvent> record = mapper.toRecord(stored,
                java.util.Optional.of(new ChainLinks.Published(17, "cd".repeat(32), "ef".repeat(32), "01".repeat(32), link)));

        assertThat(record.topic()).isEqualTo("topic");
        assertThat(record.key()).isEqualTo("p-9");
        CloudEvent event = record.value();
        assertThat(event.getId()).isEqualTo("event-id-1");
        assertThat(event.getType()).isEqualTo("cn.gov.qingyuan.plan.industrialprojects.ProjectInvestmentReported.v2");
        assertThat(event.getSource()).isEqualTo(URI.create("/services/test"));
        assertThat(event.getSubject()).isEqualTo("p-9");
        assertThat(event.getTime().toInstant()).isEqualTo(Instant.parse("2016-03-02T01:00:01Z"));
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getExtension(CloudEventExtensions.AGGREGATE_SEQUENCE)).isEqualTo(4L);
        assertThat(event.getExtension(CloudEventExtensions.SCHEMA_VERSION)).isEqualTo(2);
        assertThat(event.getExtension(CloudEventExtensions.SUBMITTED_BY)).isEqualTo("li.wei");
        assertThat(event.getExtension(CloudEventExtensions.ORGANISATION)).isEqualTo("county:fogang");
        assertThat(event.getExtension(CloudEventExtensions.SUBMITTER_ROLE)).isEqualTo("reporter");
        assertThat(event.getExtension(CloudEventExtensions.SUBMITTED_AT)).isEqualTo("2016-03-02T01:00:00Z");
        assertThat(event.getExtension(CloudEventExtensions.CORRELATION_ID)).isEqualTo("req-7");
        assertThat(event.getExtension(CloudEventExtensions.CHAIN_POSITION)).isEqualTo(17L);
        assertThat(event.getExtension(CloudEventExtensions.CHAIN_LINK)).isEqualTo(link);
        assertThat(event.getExtension(CloudEventExtensions.CHAIN_PREVIOUS)).isEqualTo("cd".repeat(32));
        assertThat(event.getExtension(CloudEventExtensions.CHAIN_HEADER_DIGEST)).isEqualTo("ef".repeat(32));
        assertThat(event.getExtension(CloudEventExtensions.CHAIN_METADATA_DIGEST)).isEqualTo("01".repeat(32));
        assertThat(new String(event.getData().toBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"projectId\":\"p-9\",\"county\":\"fogang\",\"period\":\"2016-02\",\"amountWanYuan\":12.30,"
                        + "\"reportedOn\":\"2016-03-02\",\"late\":false}");
    }

    @Test
    void anEventWithoutAnAggregateHasNoKeyAndNoSubject() {
        var payload = new ProjectInvestmentReported("p-9", County.FOGANG, ReportingPeriod.of(2016, 2), BigDecimal.ONE,
                java.time.LocalDate.of(2016, 3, 2), false);
        ProducerRecord<String, CloudEvent> record = mapper.toRecord(GenericEventMessage.asEventMessage(payload), java.util.Optional.empty());
        assertThat(record.key()).isNull();
        assertThat(record.value().getSubject()).isNull();
        assertThat(record.value().getExtension(CloudEventExtensions.SUBMITTED_BY)).isNull();
    }

    @Test
    void theSchemaVersionIsStoredAsTheRevision() {
        assertThat(new SchemaVersionRevisionResolver().revisionOf(ProjectInvestmentReported.class)).isEqualTo("2");
        assertThat(new SchemaVersionRevisionResolver().revisionOf(String.class)).isNull();
    }
}
