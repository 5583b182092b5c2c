package com.example.library.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * An {@code application/problem+json} body (RFC 9457); {@code errors} lists invalid fields.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Generated("dev.armature.processor.ArmatureProcessor")
public record ProblemBody(String type, String title, int status, String detail, String instance,
        List<ProblemFieldError> errors) {
    /**
     * A problem of type {@code about:blank}; empty {@code errors} are left out.
     */
    public static ProblemBody of(int status, String title, String detail, String instance,
            List<ProblemFieldError> errors) {
        return new ProblemBody("about:blank", title, status, detail, instance, errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }
}
