package cn.gov.qingyuan.plan.testkit;

import static org.assertj.core.api.Assertions.assertThat;

/** The shape every refusal must have: problem+json with a stable type, the status, the field and the reason. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** @param reason a fragment the problem's reason must contain */
    public static void assertProblem(HttpResult result, int status, String field, String reason) {
        assertThat(result.status()).as(result.text()).isEqualTo(status);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(result.json().get("type").asText()).startsWith("urn:qingyuan-plan:problem:");
        assertThat(result.json().get("status").asInt()).isEqualTo(status);
        assertThat(result.json().get("field")).as(result.text()).isNotNull();
        assertThat(result.json().get("field").asText()).as(result.text()).isEqualTo(field);
        assertThat(result.json().get("reason").asText()).as(result.text()).contains(reason);
    }
}
