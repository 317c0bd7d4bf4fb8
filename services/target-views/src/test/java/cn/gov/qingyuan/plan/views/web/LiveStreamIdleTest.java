package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.testkit.TestStack;
import cn.gov.qingyuan.plan.views.ViewsStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A live stream that sends no event for the idle timeout is completed, keep-alives or not, and its place freed. */
@StackTest(properties = {ViewsStack.OWN_CONSUMER_GROUP, "plan.views.streams.idle-timeout=PT2S", "plan.views.streams.heartbeat=PT0.5S",
        "plan.views.streams.per-subject=1"})
class LiveStreamIdleTest {

    private static final String RANKING = "/api/views/ranking/stream?period=2016";

    @Autowired
    ServiceUnderTest service;

    @Test
    void aStreamWithoutEventsIsCompletedAfterTheIdleTimeoutThoughItsKeepAlivesGoOn() {
        String token = TestStack.issuer().token("idle-reader", "monitor", null, Duration.ofHours(1));
        // Bounded: without an idle timeout the stream, kept alive, would never end.
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> idleUntilEnded(token));
        try (StreamClient again = StreamClient.open(service.url(), token, RANKING)) {
            assertThat(again.status()).as("the idle stream's place was freed (one per subject)").isEqualTo(200);
        }
    }

    private void idleUntilEnded(String token) {
        try (StreamClient stream = StreamClient.open(service.url(), token, RANKING)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.nextEvent()).startsWith("ready");
            // Changes other test classes publish on the shared topics may arrive: each is an event, and restarts the wait.
            long lastEvent = System.nanoTime();
            int keepAlivesBefore = stream.keepAlives();
            for (String event; (event = stream.nextEvent()) != null; ) {
                assertThat(event).startsWith("view-changed");
                lastEvent = System.nanoTime();
                keepAlivesBefore = stream.keepAlives();
            }
            Duration idle = Duration.ofNanos(System.nanoTime() - lastEvent);
            assertThat(idle).as("ended after the idle timeout, not before").isBetween(Duration.ofMillis(1900), Duration.ofSeconds(10));
            assertThat(stream.keepAlives() - keepAlivesBefore).as("keep-alives were sent meanwhile and did not count as activity")
                    .isGreaterThanOrEqualTo(2);
        }
    }
}
