package com.example.library.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every error of the API as {@code application/problem+json}: never a stack trace, never a 500 for bad input.
 */
@RestControllerAdvice(
        name = "com.example.library.api.ProblemDetailsAdvice",
        assignableTypes = {ResourceController.class, ArmatureOpenApiController.class}
)
@Order(Ordered.LOWEST_PRECEDENCE)
@Generated("dev.armature.processor.ArmatureProcessor")
public class ProblemDetailsAdvice {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiProblemException.class)
    public ResponseEntity<ProblemDetail> apiProblem(ApiProblemException e,
            HttpServletRequest request) {
        return problem(e.status(), e.detail(), request, e.errors());
    }

    @ExceptionHandler({TransientDataAccessException.class, DataAccessResourceFailureException.class, RecoverableDataAccessException.class, CannotCreateTransactionException.class})
    public ResponseEntity<ProblemDetail> databaseUnavailable(Exception e,
            HttpServletRequest request) {
        return unavailable(e, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e,
            HttpServletRequest request) {
        return problem(400, "The parameter '" + e.getName() + "' has an invalid value", request, List.of(new ProblemFieldError(e.getName(), expectation(e.getRequiredType()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e,
            HttpServletRequest request) {
        return problem(400, "The parameter '" + e.getParameterName() + "' is missing", request, List.of(new ProblemFieldError(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e,
            HttpServletRequest request) {
        return problem(400, "The request body is missing or is not well-formed JSON", request, null);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e,
            HttpServletRequest request) {
        List<ProblemFieldError> errors = e.getConstraintViolations().stream().map(v -> new ProblemFieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
        return problem(400, "The request has invalid values", request, errors);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    public ResponseEntity<ProblemDetail> dataIntegrity(DataIntegrityViolationException e,
            HttpServletRequest request) {
        LOG.debug("Rejected a change that violates a database constraint", e);
        // a write's flush classifies with the resource's columns; this is any other (no field names)
        if (DatabaseErrors.classify(e, Map.of(), Map::of) instanceof ApiProblemException problem) {
            return apiProblem(problem, request);
        }
        return problem(409, "The change conflicts with existing data: a unique value is taken or a required reference is missing", request, null);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockException.class})
    public ResponseEntity<ProblemDetail> concurrentChange(Exception e, HttpServletRequest request) {
        return problem(409, "The resource was changed by another request; read it again and retry", request, null);
    }

    /**
     * Spring MVC's {@code ErrorResponse} exceptions and {@code @ResponseStatus} exceptions keep their status; Spring Security's own exceptions are left to its
     * filters (401/403); anything else is a 500 whose cause is logged, not shown.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws
            Exception {
        if (e instanceof ErrorResponse error) {
            // Spring MVC's own exceptions (404, 405, 415, ...) keep their status and headers
            int status = error.getStatusCode().value();
            return ResponseEntity.status(status).headers(error.getHeaders()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body(status, error.getBody().getDetail(), request, null));
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (annotated != null) {
            int status = annotated.code().value();
            return problem(status, annotated.reason().isEmpty() ? title(status) : annotated.reason(), request, null);
        }
        if (e.getClass().getName().startsWith("org.springframework.security.")) {
            throw e;
        }
        // a database failure that Spring did not translate (at commit, in a query): never a 500
        if (DatabaseErrors.isTransient(e)) {
            return unavailable(e, request);
        }
        if (e instanceof RuntimeException failure && DatabaseErrors.classify(failure, Map.of(), Map::of) instanceof ApiProblemException problem) {
            return apiProblem(problem, request);
        }
        LOG.error("Unexpected error on " + request.getMethod() + " " + request.getRequestURI(), e);
        return problem(500, "An unexpected error occurred; it has been logged", request, null);
    }

    private static ResponseEntity<ProblemDetail> problem(int status, String detail,
            HttpServletRequest request, List<ProblemFieldError> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body(status, detail, request, errors));
    }

    static ProblemDetail body(int status, String detail, HttpServletRequest request,
            List<ProblemFieldError> errors) {
        ProblemDetail body = ProblemDetail.forStatus(status);
        // explicit: Spring Framework 7 leaves the type null (not written), 6 gives about:blank; the same JSON on both
        body.setType(URI.create("about:blank"));
        body.setTitle(title(status));
        body.setDetail(detail);
        try {
            body.setInstance(URI.create(request.getRequestURI()));
        } catch (IllegalArgumentException e) {
            // a path that is no URI reference: left out rather than a failure while reporting one
        }
        if (errors != null && !errors.isEmpty()) {
            body.setProperty("errors", List.copyOf(errors));
        }
        return body;
    }

    private static ResponseEntity<ProblemDetail> unavailable(Exception e,
            HttpServletRequest request) {
        LOG.warn("The database is unavailable on " + request.getMethod() + " " + request.getRequestURI() + ": " + e);
        return ResponseEntity.status(503).header("Retry-After", "1").contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body(503, "The database is unavailable right now; retry later", request, null));
    }

    private static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    /**
     * What a query or path parameter of this type must look like.
     */
    private static String expectation(Class<?> type) {
        if (type == null) {
            return "has an invalid value";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        }
        if (type == Long.class || type == Integer.class || type == Short.class || type == Byte.class || type == BigInteger.class) {
            return "must be an integer";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == Boolean.class) {
            return "must be true or false";
        }
        if (type == LocalDate.class) {
            return "must be a date (yyyy-MM-dd)";
        }
        if (type == LocalDateTime.class || type == Instant.class) {
            return "must be a date-time (ISO 8601)";
        }
        return "must be a valid " + type.getSimpleName();
    }
}
