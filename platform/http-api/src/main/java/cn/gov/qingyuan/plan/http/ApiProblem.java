package cn.gov.qingyuan.plan.http;

import java.util.List;

/**
 * Thrown by a service to refuse a request with a problem a client can act on. It is raised before any
 * event is written, so a refused request changes nothing.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;

    public ApiProblem(ProblemType type, String field, String reason) {
        this(type, List.of(new FieldError(field, reason)));
    }

    public ApiProblem(ProblemType type, List<FieldError> errors) {
        super(errors.isEmpty() ? type.title() : errors.get(0).field() + ": " + errors.get(0).reason());
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem invalid(String field, String reason) {
        return new ApiProblem(ProblemType.INVALID_FIELD, field, reason);
    }

    public static ApiProblem notFound(String field, String reason) {
        return new ApiProblem(ProblemType.NOT_FOUND, field, reason);
    }

    public static ApiProblem conflict(String field, String reason) {
        return new ApiProblem(ProblemType.CONFLICT, field, reason);
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
