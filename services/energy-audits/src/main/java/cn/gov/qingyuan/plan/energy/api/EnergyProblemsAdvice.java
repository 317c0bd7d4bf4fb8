package cn.gov.qingyuan.plan.energy.api;

import cn.gov.qingyuan.plan.energy.command.InvalidEnergyFigures;
import cn.gov.qingyuan.plan.http.FieldError;
import cn.gov.qingyuan.plan.http.ProblemType;
import cn.gov.qingyuan.plan.http.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** The aggregates' refusals as problem+json; nothing of the refused request was written. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class EnergyProblemsAdvice {

    @ExceptionHandler(InvalidEnergyFigures.class)
    ResponseEntity<Object> invalidFigures(InvalidEnergyFigures e) {
        return Problems.response(ProblemType.INVALID_FIELD, List.of(new FieldError(e.field() == null ? "body" : e.field(), e.getMessage())));
    }
}
