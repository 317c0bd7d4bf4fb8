package cn.gov.qingyuan.plan.views.facts;

import cn.gov.qingyuan.plan.contracts.ChainDigest;
import cn.gov.qingyuan.plan.contracts.CloudEventExtensions;
import cn.gov.qingyuan.plan.contracts.County;
import cn.gov.qingyuan.plan.contracts.EventTopic;
import cn.gov.qingyuan.plan.contracts.EventType;
import cn.gov.qingyuan.plan.contracts.ReportingPeriod;
import cn.gov.qingyuan.plan.contracts.Topics;
import cn.gov.qingyuan.plan.contracts.energy.CountyEnergyReturnEvent.CountyEnergyReturnSubmitted;
import cn.gov.qingyuan.plan.contracts.energy.EnergyReturnFigures;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.testkit.TestStack;
import cn.gov.qingyuan.plan.views.EventPublisher;
import cn.gov.qingyuan.plan.views.ViewsStack;
import cn.gov.qingyuan.plan.views.figures.LiveFigures;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record of the right shape whose chain link does not verify against its payload is not applied: it goes to the
 * dead letters ({@code rejected_events}) with the reason and counts as {@code unverified}; a record whose link verifies
 * is applied.
 */
@StackTest(properties = ViewsStack.OWN_CONSUMER_GROUP)
class ForgedRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Autowired
    ServiceUnderTest service;

    @Autowired
    LiveFigures live;

    @Autowired
    MeterRegistry meters;

    @Test
    void aRecordWhoseLinkDoesNotVerifyIsSetAsideAndOneWhoseLinkVerifiesIsApplied() throws Exception {
        String returnId = "liannan/forged/" + UUID.randomUUID();
        CountyEnergyReturnSubmitted genuine = energyReturn(returnId, "1.25");
        CountyEnergyReturnSubmitted forged = energyReturn(returnId, "0.01");
        byte[] genuineData = JSON.writeValueAsBytes(genuine);
        String header = ChainDigest.sha256("header".getBytes());
        String metadata = ChainDigest.sha256("metadata".getBytes());
        String genuineLink = ChainDigest.link(ChainDigest.ORIGIN, header, ChainDigest.sha256(genuineData), metadata);

        CloudEvent forgedRecord = record(forged, JSON.writeValueAsBytes(forged), genuineLink, header, metadata);
        CloudEvent genuineRecord = record(genuine, genuineData, genuineLink, header, metadata);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.send(new ProducerRecord<>(Topics.ENERGY_AUDITS, returnId, forgedRecord));
            publisher.send(new ProducerRecord<>(Topics.ENERGY_AUDITS, returnId, genuineRecord));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> live.knowledge().facts().facts(Measure.SO2_EMISSIONS, 2017).stream()
                .anyMatch(fact -> fact.member().equals("liannan") && fact.value() != null && fact.value().compareTo(new BigDecimal("1.25")) == 0));
        try (MongoClient client = MongoClients.create(TestStack.get().mongoUri())) {
            Document rejected = client.getDatabase(service.names().mongoDatabase()).getCollection("rejected_events")
                    .find(Filters.eq("eventId", forgedRecord.getId())).first();
            assertThat(rejected).as("the forged record is in the dead letters").isNotNull();
            assertThat(rejected.getString("reason")).contains("chain link does not verify against its payload");
        }
        assertThat(live.knowledge().facts().facts(Measure.SO2_EMISSIONS, 2017)).noneMatch(fact -> fact.value() != null
                && fact.value().compareTo(new BigDecimal("0.01")) == 0);
        assertThat(meters.counter("plan.projection.events", "projection", "indicator-facts", "outcome", "unverified",
                "type", EventType.of(CountyEnergyReturnSubmitted.class).name()).count()).isGreaterThanOrEqualTo(1);
    }

    /**
     * A record from a source that does not publish on the topic, one of a type the topic does not carry and one whose
     * sequence skips ahead are each set aside with their reason and counted; the figure stays, and the next genuine
     * record is applied.
     */
    @Test
    void aRecordFromAnotherSourceOfAnotherTypeOrBeyondItsSequenceIsSetAsideAndTheNextIsApplied() throws Exception {
        String returnId = "liannan/2017-05/" + UUID.randomUUID();
        ReportingPeriod may = ReportingPeriod.of(2017, 5);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(Topics.ENERGY_AUDITS, returnId, 0, energyReturn(returnId, may, "2.00"));
            await().atMost(Duration.ofSeconds(30)).until(() -> so2(may).compareTo(new BigDecimal("2.00")) == 0);
            CloudEvent otherSource = CloudEventBuilder.v1(EventPublisher.record(Topics.ENERGY_AUDITS, returnId, 1,
                    energyReturn(returnId, may, "9.99")).value()).withSource(URI.create("/services/industrial-projects")).build();
            CloudEvent otherType = CloudEventBuilder.v1(EventPublisher.record(Topics.ENERGY_AUDITS, returnId, 1,
                    energyReturn(returnId, may, "9.99")).value()).withType("cn.gov.qingyuan.plan.energy.CountyEnergyReturnErased.v1").build();
            CloudEvent ahead = EventPublisher.record(Topics.ENERGY_AUDITS, returnId, 1_000_000, energyReturn(returnId, may, "9.99")).value();
            for (CloudEvent refused : List.of(otherSource, otherType, ahead)) {
                publisher.send(new ProducerRecord<>(Topics.ENERGY_AUDITS, returnId, refused));
            }
            publisher.publish(Topics.ENERGY_AUDITS, returnId, 1, energyReturn(returnId, may, "3.00"));

            await().atMost(Duration.ofSeconds(30)).until(() -> so2(may).compareTo(new BigDecimal("3.00")) == 0);
            assertThat(reason(otherSource)).contains("source '/services/industrial-projects' does not publish on topic " + Topics.ENERGY_AUDITS);
            assertThat(reason(otherType)).contains("type 'cn.gov.qingyuan.plan.energy.CountyEnergyReturnErased.v1' is not an event of topic "
                    + Topics.ENERGY_AUDITS);
            assertThat(reason(ahead)).contains("sequence 1000000 of aggregate " + returnId + " follows 0: events 1..999999 are missing");
        }
        String type = EventType.of(CountyEnergyReturnSubmitted.class).name();
        assertThat(refused("source", type)).isGreaterThanOrEqualTo(1);
        assertThat(refused("type", "unknown")).isGreaterThanOrEqualTo(1);
        assertThat(refused("sequence-gap", type)).isGreaterThanOrEqualTo(1);
    }

    private BigDecimal so2(ReportingPeriod period) {
        return live.knowledge().facts().facts(Measure.SO2_EMISSIONS, period.month().getYear()).stream()
                .filter(fact -> fact.member().equals("liannan") && fact.month().equals(period.month()) && fact.value() != null)
                .map(Fact::value).findFirst().orElse(BigDecimal.ZERO);
    }

    private String reason(CloudEvent record) {
        try (MongoClient client = MongoClients.create(TestStack.get().mongoUri())) {
            var rejected = client.getDatabase(service.names().mongoDatabase()).getCollection("rejected_events");
            await().atMost(Duration.ofSeconds(30)).until(() -> rejected.find(Filters.eq("eventId", record.getId())).first() != null);
            return rejected.find(Filters.eq("eventId", record.getId())).first().getString("reason");
        }
    }

    private double refused(String reason, String type) {
        return meters.counter("plan.projection.refused", "projection", "indicator-facts", "topic", Topics.ENERGY_AUDITS, "reason", reason,
                "type", type).count();
    }

    private static CountyEnergyReturnSubmitted energyReturn(String returnId, ReportingPeriod period, String so2) {
        return new CountyEnergyReturnSubmitted(returnId, County.LIANNAN, period,
                new EnergyReturnFigures(null, new BigDecimal(so2), null, null, null, null, null, null, null), LocalDate.of(2017, 6, 3), false);
    }

    private static CountyEnergyReturnSubmitted energyReturn(String returnId, String so2) {
        return new CountyEnergyReturnSubmitted(returnId, County.LIANNAN, ReportingPeriod.of(2017, 1),
                new EnergyReturnFigures(null, new BigDecimal(so2), null, null, null, null, null, null, null), LocalDate.of(2017, 2, 3), false);
    }

    private static CloudEvent record(Object event, byte[] data, String link, String header, String metadata) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(EventTopic.ENERGY_AUDITS.source())
                .withType(EventType.of(event.getClass()).cloudEventType()).withSubject(((CountyEnergyReturnSubmitted) event).returnId())
                .withTime(OffsetDateTime.now()).withExtension(CloudEventExtensions.AGGREGATE_SEQUENCE, 0L)
                .withExtension(CloudEventExtensions.CHAIN_POSITION, 1L).withExtension(CloudEventExtensions.CHAIN_LINK, link)
                .withExtension(CloudEventExtensions.CHAIN_PREVIOUS, ChainDigest.ORIGIN)
                .withExtension(CloudEventExtensions.CHAIN_HEADER_DIGEST, header)
                .withExtension(CloudEventExtensions.CHAIN_METADATA_DIGEST, metadata)
                .withData("application/json", data).build();
    }
}
