package com.example.library.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import javax.annotation.processing.Generated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
        name = "com.example.library.api.ProblemDetailsAdvice"
)
@Order(Ordered.LOWEST_PRECEDENCE)
@Generated("dev.armature.processor.ArmatureProcessor")
public class ProblemDetailsAdvice {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiProblemException.class)
    public ResponseEntity<ProblemBody> apiProblem(ApiProblemException e,
            HttpServletRequest request) {
        return problem(e.status(), e.detail(), request, e.errors());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    public ResponseEntity<ProblemBody> typeMismatch(MethodArgumentTypeMismatchException e,
            HttpServletRequest request) {
        return problem(400, "The parameter '" + e.getName() + "' has an invalid value", request, List.of(new ProblemFieldError(e.getName(), expectation(e.getRequiredType()))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    public ResponseEntity<ProblemBody> missingParameter(MissingServletRequestParameterException e,
            HttpServletRequest request) {
        return problem(400, "The parameter '" + e.getParameterName() + "' is missing", request, List.of(new ProblemFieldError(e.getParameterName(), "is required")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemBody> unreadable(HttpMessageNotReadableException e,
            HttpServletRequest request) {
        return problem(400, "The request body is missing or is not well-formed JSON", request, null);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ResponseEntity<ProblemBody> constraintViolation(ConstraintViolationException e,
            HttpServletRequest request) {
        List<ProblemFieldError> errors = e.getConstraintViolations().stream().map(v -> new ProblemFieldError(v.getPropertyPath().toString(), v.getMessage())).toList();
        return problem(400, "The request has invalid values", request, errors);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    public ResponseEntity<ProblemBody> dataIntegrity(DataIntegrityViolationException e,
            HttpServletRequest request) {
        LOG.debug("Rejected a change that violates a database constraint", e);
        return problem(409, "The change conflicts with existing data: a unique value is taken or a required reference is missing", request, null);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockException.class})
    public ResponseEntity<ProblemBody> concurrentChange(Exception e, HttpServletRequest request) {
        return problem(409, "The resource was changed by another request; read it again and retry", request, null);
    }

    /**
     * Spring MVC's {@code ErrorResponse} exceptions and {@code @ResponseStatus} exceptions keep their status; Spring Security's own exceptions are left to its
     * filters (401/403); anything else is a 500 whose cause is logged, not shown.
     */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemBody> unexpected(Exception e, HttpServletRequest request) throws
            Exception {
        if (e instanceof ErrorResponse error) {
            // Spring MVC's own exceptions (404, 405, 415, ...) keep their status and headers
            int status = error.getStatusCode().value();
            return ResponseEntity.status(status).headers(error.getHeaders()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemBody.of(status, title(status), error.getBody().getDetail(), request.getRequestURI(), null));
        }
        ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
        if (annotated != null) {
            int status = annotated.code().value();
            return problem(status, annotated.reason().isEmpty() ? title(status) : annotated.reason(), request, null);
        }
        if (e.getClass().getName().startsWith("org.springframework.security.")) {
            throw e;
        }
        LOG.error("Unexpected error on " + request.getMethod() + " " + request.getRequestURI(), e);
        return problem(500, "An unexpected error occurred; it has been logged", request, null);
    }

    private static ResponseEntity<ProblemBody> problem(int status, String detail,
            HttpServletRequest request, List<ProblemFieldError> errors) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(ProblemBody.of(status, title(status), detail, request.getRequestURI(), errors));
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
