package cn.gov.qingyuan.plan.commands;

import cn.gov.qingyuan.plan.contracts.InvalidFigures;
import cn.gov.qingyuan.plan.contracts.OutsideReportingUnit;
import cn.gov.qingyuan.plan.contracts.RuleViolated;
import cn.gov.qingyuan.plan.http.FieldError;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Problems;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * The refusals every command service can meet: a write outside the submitter's reporting unit (403), and as
 * 409 problem+json: a stale {@code If-Match} (with the
 * current version, also as ETag) and a second writer that appended to, or created, the same aggregate at the
 * same moment.
 * Nothing of the refused request was written.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CommandConflictsAdvice {

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<Object> staleVersion(ConflictingAggregateVersionException e) {
        ProblemDetail problem = Problems.body(ProblemType.CONFLICT, List.of(new FieldError(AggregateVersions.IF_MATCH,
                "the current version is " + e.getActualVersion() + ", not " + e.getExpectedVersion() + "; read it again")));
        problem.setProperty("currentVersion", e.getActualVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).eTag(AggregateVersions.etag(e.getActualVersion()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The submitter's reporting unit does not cover the county or park; raised by aggregates before they write. */
    @ExceptionHandler(OutsideReportingUnit.class)
    ResponseEntity<Object> outsideReportingUnit(OutsideReportingUnit e) {
        return Problems.response(ProblemType.FORBIDDEN, List.of(new FieldError("Authorization", e.getMessage())));
    }

    /** A rule of the aggregate: the command contradicts what was recorded before. */
    @ExceptionHandler(RuleViolated.class)
    ResponseEntity<Object> ruleViolated(RuleViolated e) {
        return Problems.response(ProblemType.CONFLICT, List.of(new FieldError(e.field(), e.getMessage())));
    }

    /** Figures no record may carry: bad input, each figure named (or the body when about the set as a whole). */
    @ExceptionHandler(InvalidFigures.class)
    ResponseEntity<Object> invalidFigures(InvalidFigures e) {
        return Problems.response(ProblemType.INVALID_FIELD, e.violations().stream()
                .map(v -> new FieldError(v.figure() == null ? "body" : v.figure(), v.reason())).toList());
    }

    /** Also two writers creating the same aggregate at once: Axon reports that as a stream-creation failure. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<Object> concurrentWrite(Exception e) {
        return Problems.response(ProblemType.CONFLICT, List.of(new FieldError("request",
                "another submission for the same record was written at the same moment; retry")));
    }
}
