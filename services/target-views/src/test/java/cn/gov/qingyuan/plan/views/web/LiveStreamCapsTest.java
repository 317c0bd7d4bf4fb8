package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.testkit.HttpResult;
import cn.gov.qingyuan.plan.testkit.ServiceUnderTest;
import cn.gov.qingyuan.plan.testkit.StackTest;
import cn.gov.qingyuan.plan.testkit.TestStack;
import cn.gov.qingyuan.plan.views.ViewsStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.gov.qingyuan.plan.testkit.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** The caps on live streams: per token subject and in all, a 429 beyond either, and a closed stream frees its place. */
@StackTest(properties = {ViewsStack.OWN_CONSUMER_GROUP, "plan.views.streams.per-subject=2", "plan.views.streams.total=3",
        "plan.views.streams.heartbeat=PT60S"})
class LiveStreamCapsTest {

    private static final String CITY = "/api/views/city/stream?period=2016";

    @Autowired
    ServiceUnderTest service;

    private final List<StreamClient> open = new ArrayList<>();

    @Test
    void beyondACapAStreamIsRefusedWith429AndAClosedStreamFreesItsPlace() throws Exception {
        String a = token("caps-a");
        String b = token("caps-b");
        String c = token("caps-c");
        try {
            StreamClient first = opened(a);
            opened(a);
            HttpResult third = service.as(a).get(CITY, Map.of("Accept", "text/event-stream"));
            assertProblem(third, 429, "Authorization", "this token's subject (caps-a) already has 2 live streams open");
            assertThat(third.header("Retry-After")).isEqualTo("2");

            opened(b);
            HttpResult full = service.as(c).get(CITY, Map.of("Accept", "text/event-stream"));
            assertProblem(full, 429, "stream", "the service already has 3 live streams open");
            assertThat(full.header("Retry-After")).isEqualTo("2");

            first.close();
            assertThat(openWithin(c, Duration.ofSeconds(10)).status()).as("the place the closed stream held").isEqualTo(200);

            open.forEach(StreamClient::close);
            open.clear();
            assertThat(openWithin(a, Duration.ofSeconds(10)).status()).isEqualTo(200);
            assertThat(openWithin(a, Duration.ofSeconds(10)).status()).as("no count leaked: the subject's whole cap again").isEqualTo(200);
            assertThat(openWithin(b, Duration.ofSeconds(10)).status()).as("and the service's").isEqualTo(200);
        } finally {
            open.forEach(StreamClient::close);
        }
    }

    private StreamClient opened(String token) {
        StreamClient stream = StreamClient.open(service.url(), token, CITY);
        open.add(stream);
        assertThat(stream.status()).isEqualTo(200);
        assertThat(stream.nextEvent()).startsWith("ready");
        return stream;
    }

    /** Opens a stream, retrying while refused: keep-alives are a minute apart, so only a refusal's own probe notices a closed connection. */
    private StreamClient openWithin(String token, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            StreamClient stream = StreamClient.open(service.url(), token, CITY);
            if (stream.status() != 429 || System.nanoTime() > deadline) {
                open.add(stream);
                return stream;
            }
            stream.close();
            Thread.sleep(200);
        }
    }

    private static String token(String subject) {
        return TestStack.issuer().token(subject, "monitor", null, Duration.ofHours(1));
    }
}
