package cn.gov.qingyuan.plan.contracts;

import cn.gov.qingyuan.plan.contracts.industrialprojects.IndustrialProjectEvent.ProjectRegistered;
import cn.gov.qingyuan.plan.contracts.parks.CircularEconomyRetrofitEvent.CircularEconomyRetrofitCompleted;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Who publishes what where: every event of the catalogue on exactly one topic, each topic from one service. */
class EventTopicTest {

    @Test
    void everyEventOfTheCatalogueTravelsOnExactlyOneTopic() {
        for (Class<?> contract : EventCatalogue.all()) {
            EventType type = EventType.of(contract);
            assertThat(Arrays.stream(EventTopic.values()).filter(topic -> topic.type(type.name()).isPresent()))
                    .as(type.name()).singleElement().satisfies(topic -> assertThat(topic.type(type.name())).contains(type));
        }
        assertThat(Stream.of(EventTopic.values()).mapToLong(topic -> topic.families().size()).sum()).isEqualTo(EventCatalogue.FAMILIES.size());
    }

    @Test
    void eachTopicIsPublishedByTheServiceItIsNamedAfter() {
        assertThat(EventTopic.of(Topics.PARK_METRICS)).hasValueSatisfying(topic -> {
            assertThat(topic.source()).isEqualTo(URI.create("/services/park-metrics"));
            assertThat(topic.type(EventType.of(CircularEconomyRetrofitCompleted.class).name())).isPresent();
            assertThat(topic.type(EventType.of(ProjectRegistered.class).name())).isEmpty();
        });
        for (EventTopic topic : EventTopic.values()) {
            assertThat(topic.topic()).isEqualTo("plan." + topic.source().getPath().substring("/services/".length()) + ".events");
        }
        assertThat(EventTopic.of(Topics.CHAIN_HEADS)).isEmpty();
    }
}
