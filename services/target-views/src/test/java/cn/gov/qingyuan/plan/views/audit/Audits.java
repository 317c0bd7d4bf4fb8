package cn.gov.qingyuan.plan.views.audit;

import cn.gov.qingyuan.plan.testkit.Http;
import cn.gov.qingyuan.plan.testkit.HttpResult;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/** Waiting for the journal and the live views, which consume the topics on their own, to catch up. */
final class Audits {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    private Audits() {
    }

    /** GETs {@code path} until its JSON satisfies {@code condition}, failing with the last answer after 30 s. */
    static JsonNode await(Http http, String path, Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plus(WITHIN);
        HttpResult last;
        do {
            last = http.get(path);
            if (last.status() == 200 && condition.test(last.json())) {
                return last.json();
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("GET " + path + " did not answer as expected within " + WITHIN + ": " + last.status() + " " + last.text());
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
