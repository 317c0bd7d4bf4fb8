package cn.gov.qingyuan.plan.views.web;

import cn.gov.qingyuan.plan.http.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A live stream beyond a cap: the problem every API answers with, and when to try again. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StreamRefusals {

    @ExceptionHandler(StreamPermits.Refused.class)
    ResponseEntity<Object> refused(StreamPermits.Refused refused) {
        ResponseEntity<Object> problem = Problems.response(refused.type(), refused.errors());
        return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds())).body(problem.getBody());
    }
}
