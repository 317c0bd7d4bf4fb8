package cn.gov.qingyuan.plan.http;

import org.slf4j.MDC;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.List;

/** Builds the problem+json body every API answers a refused or failed request with. */
public final class Problems {

    private Problems() {
    }

    public static ResponseEntity<Object> response(ProblemType type, List<FieldError> errors) {
        return ResponseEntity.status(type.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body(type, errors));
    }

    public static ProblemDetail body(ProblemType type, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatus(type.status());
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (!errors.isEmpty()) {
            FieldError first = errors.get(0);
            problem.setDetail(first.field() + ": " + first.reason());
            problem.setProperty("field", first.field());
            problem.setProperty("reason", first.reason());
            problem.setProperty("errors", errors);
        }
        String correlationId = MDC.get(CorrelationIdFilter.MDC_KEY);
        if (correlationId != null) {
            problem.setProperty("correlationId", correlationId);
        }
        return problem;
    }
}
