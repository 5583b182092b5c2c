package com.example.library.api;

import java.util.Comparator;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * A client error that becomes an {@code application/problem+json} response. It carries no
 * stack trace: it reports bad input, not a bug.
 */
@Generated("dev.armature.processor.ArmatureProcessor")
public class ApiProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    private final String title;

    private final transient List<ProblemFieldError> errors;

    public ApiProblemException(int status, String title, String detail,
            List<ProblemFieldError> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : errors.stream().sorted(Comparator.comparing(ProblemFieldError::field).thenComparing(ProblemFieldError::message)).toList();
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<ProblemFieldError> errors() {
        return errors;
    }

    public static ApiProblemException badRequest(String detail) {
        return new ApiProblemException(400, "Bad Request", detail, List.of());
    }

    public static ApiProblemException badRequest(String detail, List<ProblemFieldError> errors) {
        return new ApiProblemException(400, "Bad Request", detail, errors);
    }

    /**
     * A 400 for a request body with these invalid fields.
     */
    public static ApiProblemException invalid(List<ProblemFieldError> errors) {
        int count = errors.size();
        return badRequest("The request body has " + count + (count == 1 ? " invalid field" : " invalid fields"), errors);
    }

    public static ApiProblemException notFound(String detail) {
        return new ApiProblemException(404, "Not Found", detail, List.of());
    }

    public static ApiProblemException preconditionFailed(String detail) {
        return new ApiProblemException(412, "Precondition Failed", detail, List.of());
    }

    public static ApiProblemException conflict(String detail) {
        return new ApiProblemException(409, "Conflict", detail, List.of());
    }

    /**
     * A 409 naming the fields whose values another row already has.
     */
    public static ApiProblemException conflict(String detail, List<ProblemFieldError> errors) {
        return new ApiProblemException(409, "Conflict", detail, errors);
    }
}
