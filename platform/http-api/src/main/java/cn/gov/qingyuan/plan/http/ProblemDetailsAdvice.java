package cn.gov.qingyuan.plan.http;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every refusal and failure into {@code application/problem+json} with a stable type, the field and
 * the reason. Nothing here writes: a request reaching this advice has recorded nothing.
 */
/* Last of the advices: it answers everything, so more specific ones (the command services' conflicts) go first. */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> apiProblem(ApiProblem problem) {
        return Problems.response(problem.type(), problem.errors());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        Throwable cause = rootCause(e);
        String reason = cause instanceof IllegalArgumentException && cause.getMessage() != null
                ? cause.getMessage() : "'" + e.getValue() + "' is not a valid value";
        return Problems.response(ProblemType.INVALID_FIELD, List.of(new FieldError(e.getName(), reason)));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field)).toList();
        return Problems.response(ProblemType.INVALID_FIELD, errors);
    }

    /** A role the endpoint does not admit ({@code @PreAuthorize}); the security filter handles missing tokens. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return Problems.response(ProblemType.FORBIDDEN, List.of(new FieldError("Authorization", "this token's role may not do this")));
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return Problems.response(ProblemType.UNAUTHENTICATED, List.of(new FieldError("Authorization",
                "send 'Authorization: Bearer <token>' with a valid, unexpired token")));
    }

    /** The store is unreachable: the request was not recorded and may be retried as it is. */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<Object> storeUnavailable(Exception e) {
        log.error("A store is unavailable", e);
        return ResponseEntity.status(ProblemType.UNAVAILABLE.status()).header(HttpHeaders.RETRY_AFTER, "5")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.body(ProblemType.UNAVAILABLE, List.of(new FieldError("request", "retry the same request later"))));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Request failed unexpectedly", e);
        return Problems.response(ProblemType.INTERNAL_ERROR, List.of());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field)).collect(Collectors.toList());
        return Problems.response(ProblemType.INVALID_FIELD, errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e, HttpHeaders headers,
                                                                           HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> new FieldError(
                        r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return Problems.response(ProblemType.INVALID_FIELD, errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return Problems.response(ProblemType.UNKNOWN_FIELD, List.of(new FieldError(path(unknown),
                    "unknown field; this request accepts " + unknown.getKnownPropertyIds())));
        }
        if (cause instanceof ValueInstantiationException invalid) {
            Throwable root = rootCause(invalid);
            return Problems.response(ProblemType.INVALID_FIELD, List.of(new FieldError(path(invalid), root.getMessage())));
        }
        if (cause instanceof InvalidFormatException format) {
            Throwable root = rootCause(format);
            String reason = root instanceof IllegalArgumentException && root != format ? root.getMessage()
                    : format.getTargetType() != null && format.getTargetType().isEnum()
                    ? "'" + format.getValue() + "' is not one of " + java.util.Arrays.toString(format.getTargetType().getEnumConstants())
                    : "'" + format.getValue() + "' is not a valid " + simpleTypeName(format.getTargetType());
            return Problems.response(ProblemType.INVALID_FIELD, List.of(new FieldError(path(format), reason)));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return Problems.response(ProblemType.INVALID_FIELD, List.of(new FieldError(path(mismatch),
                    "expected a value of type " + simpleTypeName(mismatch.getTargetType()))));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problems.response(ProblemType.INVALID_FIELD, List.of(new FieldError(path(mapping), mapping.getOriginalMessage())));
        }
        if (cause instanceof MismatchedInputException) {
            // The whole body has the wrong shape (an array, a string): Jackson's message would name the request's Java class.
            return Problems.response(ProblemType.MALFORMED_JSON, List.of(new FieldError("body", "expected a JSON object")));
        }
        String reason = cause instanceof JsonParseException json ? json.getOriginalMessage() : "the request body is missing or unreadable";
        return Problems.response(ProblemType.MALFORMED_JSON, List.of(new FieldError("body", reason)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e, HttpHeaders headers,
                                                                          HttpStatusCode status, WebRequest request) {
        return Problems.response(ProblemType.INVALID_FIELD, List.of(new FieldError(e.getParameterName(), "is required")));
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(org.springframework.web.bind.ServletRequestBindingException e,
                                                                          HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException missing) {
            return Problems.response(ProblemType.INVALID_FIELD, List.of(new FieldError(missing.getHeaderName(), "header is required")));
        }
        return Problems.response(ProblemType.INVALID_FIELD, List.of(new FieldError("request", e.getMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e, HttpHeaders headers,
                                                                     HttpStatusCode status, WebRequest request) {
        return Problems.response(ProblemType.UNSUPPORTED_MEDIA_TYPE, List.of(new FieldError("Content-Type",
                "'" + e.getContentType() + "' is not supported; send application/json")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e, HttpHeaders headers,
                                                                         HttpStatusCode status, WebRequest request) {
        return Problems.response(ProblemType.METHOD_NOT_ALLOWED, List.of(new FieldError("method", e.getMessage())));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return Problems.response(ProblemType.NOT_FOUND, List.of(new FieldError("path", "no resource at /" + e.getResourcePath())));
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException e, HttpHeaders headers,
                                                                   HttpStatusCode status, WebRequest request) {
        return Problems.response(ProblemType.NOT_FOUND, List.of(new FieldError("path", "no resource at " + e.getRequestURL())));
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String lastNode(String propertyPath) {
        return propertyPath.substring(propertyPath.lastIndexOf('.') + 1);
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        return type.getSimpleName();
    }

    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
