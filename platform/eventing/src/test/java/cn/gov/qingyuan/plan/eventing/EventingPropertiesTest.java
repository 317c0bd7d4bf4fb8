package cn.gov.qingyuan.plan.eventing;

import cn.gov.qingyuan.plan.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A service publishing on a plan topic does so as the source its consumers accept there ({@code EventTopic}). */
class EventingPropertiesTest {

    @Test
    void aPlanTopicsSourceIsTheOneItsConsumersAcceptAndTheDefault() {
        assertThat(new EventingProperties(Topics.PLAN_TARGETS, null, null, null, null, null).source())
                .isEqualTo(URI.create("/services/plan-targets"));
        assertThat(new EventingProperties(Topics.PLAN_TARGETS, URI.create("/services/plan-targets"), null, null, null, null).source())
                .isEqualTo(URI.create("/services/plan-targets"));
        assertThatThrownBy(() -> new EventingProperties(Topics.PLAN_TARGETS, URI.create("/services/park-metrics"), null, null, null, null))
                .hasMessage("plan.eventing.source of topic plan.plan-targets.events must be /services/plan-targets, was /services/park-metrics");
    }

    @Test
    void anyOtherTopicNeedsItsSourceConfigured() {
        assertThat(new EventingProperties("a-test-topic", URI.create("/services/test"), null, null, null, null).source())
                .isEqualTo(URI.create("/services/test"));
        assertThatThrownBy(() -> new EventingProperties("a-test-topic", null, null, null, null, null))
                .hasMessageContaining("plan.eventing.source must be");
    }
}
