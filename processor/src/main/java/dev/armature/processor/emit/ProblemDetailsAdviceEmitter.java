package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * {@code ProblemDetailsAdvice}: turns every exception an Armature controller throws into
 * {@code application/problem+json} (RFC 9457), as Spring's {@code ProblemDetail}. It advises only the
 * generated controllers ({@code assignableTypes}): the project's own controllers keep their error handling
 * (issue 9). Lowest precedence, so a project's own advice for the API wins.
 */
final class ProblemDetailsAdviceEmitter {
  private final Names names;

  ProblemDetailsAdviceEmitter(Names names) {
    this.names = names;
  }

  private TypeName responseType() {
    return ParameterizedTypeName.get(Libs.RESPONSE_ENTITY, Libs.PROBLEM_DETAIL);
  }

  JavaFile emit(DomainModel model) {
    ClassName self = names.shared("ProblemDetailsAdvice");
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Every error of the API as {@code application/problem+json}: never a stack trace, never a 500 for bad input.\n")
        .addAnnotation(GeneratedFiles.bean(Libs.REST_CONTROLLER_ADVICE, self)
            .addMember("assignableTypes", "{$T.class, $T.class}", names.resourceController(), names.openApiController())
            .build())
        .addAnnotation(AnnotationSpec.builder(Libs.ORDER).addMember("value", "$T.LOWEST_PRECEDENCE", Libs.ORDERED).build())
        .addField(FieldSpec.builder(Libs.LOGGER, "LOG", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.getLogger($T.class)", Libs.LOGGER_FACTORY, self).build())
        .addMethod(handler("apiProblem", names.apiProblemException())
            .addStatement("return problem(e.status(), e.detail(), request, e.errors())").build())
        .addMethod(unavailableHandler())
        .addMethod(handler("typeMismatch", Libs.TYPE_MISMATCH)
            .addStatement("return problem(400, $S + e.getName() + $S, request, $T.of(new $T(e.getName(), expectation(e.getRequiredType()))))",
                "The parameter '", "' has an invalid value", Libs.LIST, names.problemFieldError())
            .build())
        .addMethod(handler("missingParameter", Libs.MISSING_PARAMETER)
            .addStatement("return problem(400, $S + e.getParameterName() + $S, request, $T.of(new $T(e.getParameterName(), $S)))",
                "The parameter '", "' is missing", Libs.LIST, names.problemFieldError(), "is required")
            .build())
        .addMethod(handler("unreadable", Libs.NOT_READABLE)
            .addStatement("return problem(400, $S, request, null)", "The request body is missing or is not well-formed JSON")
            .build())
        .addMethod(handler("constraintViolation", Libs.CONSTRAINT_VIOLATION_EXCEPTION)
            .addStatement("$T<$T> errors = e.getConstraintViolations().stream()"
                + ".map(v -> new $T(v.getPropertyPath().toString(), v.getMessage())).toList()",
                Libs.LIST, names.problemFieldError(), names.problemFieldError())
            .addStatement("return problem(400, $S, request, errors)", "The request has invalid values")
            .build())
        .addMethod(handler("dataIntegrity", Libs.DATA_INTEGRITY)
            .addStatement("LOG.debug($S, e)", "Rejected a change that violates a database constraint")
            .addComment("a write's flush classifies with the resource's columns; this is any other (no field names)")
            .beginControlFlow("if ($T.classify(e, $T.of(), $T::of) instanceof $T problem)", names.databaseErrors(), Libs.MAP,
                Libs.MAP, names.apiProblemException())
            .addStatement("return apiProblem(problem, request)")
            .endControlFlow()
            .addStatement("return problem(409, $S, request, null)",
                "The change conflicts with existing data: a unique value is taken or a required reference is missing")
            .build())
        .addMethod(conflictHandler())
        .addMethod(anyException())
        .addMethod(problemMethod())
        .addMethod(bodyMethod())
        .addMethod(unavailable())
        .addMethod(MethodSpec.methodBuilder("title")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(Libs.STRING)
            .addParameter(TypeName.INT, "status")
            .addStatement("$T known = $T.resolve(status)", Libs.HTTP_STATUS, Libs.HTTP_STATUS)
            .addStatement("return known == null ? $S : known.getReasonPhrase()", "Error")
            .build())
        .addMethod(expectation());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  private MethodSpec.Builder handler(String name, ClassName exception) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(AnnotationSpec.builder(Libs.EXCEPTION_HANDLER).addMember("value", "$T.class", exception).build())
        .addModifiers(Modifier.PUBLIC)
        .returns(responseType())
        .addParameter(exception, "e")
        .addParameter(Libs.SERVLET_REQUEST, "request");
  }

  private MethodSpec conflictHandler() {
    return MethodSpec.methodBuilder("concurrentChange")
        .addAnnotation(AnnotationSpec.builder(Libs.EXCEPTION_HANDLER)
            .addMember("value", "{$T.class, $T.class}", Libs.OPTIMISTIC_LOCKING, Libs.JPA_OPTIMISTIC_LOCK).build())
        .addModifiers(Modifier.PUBLIC)
        .returns(responseType())
        .addParameter(Exception.class, "e")
        .addParameter(Libs.SERVLET_REQUEST, "request")
        .addStatement("return problem(409, $S, request, null)",
            "The resource was changed by another request; read it again and retry")
        .build();
  }

  private MethodSpec anyException() {
    return MethodSpec.methodBuilder("unexpected")
        .addJavadoc("Spring MVC's {@code ErrorResponse} exceptions and {@code @ResponseStatus} exceptions keep their status; Spring Security's own exceptions are left to its\n"
            + "filters (401/403); anything else is a 500 whose cause is logged, not shown.\n")
        .addAnnotation(AnnotationSpec.builder(Libs.EXCEPTION_HANDLER).addMember("value", "$T.class", Exception.class).build())
        .addModifiers(Modifier.PUBLIC)
        .returns(responseType())
        .addParameter(Exception.class, "e")
        .addParameter(Libs.SERVLET_REQUEST, "request")
        .addException(Exception.class)
        .beginControlFlow("if (e instanceof $T error)", Libs.ERROR_RESPONSE)
        .addComment("Spring MVC's own exceptions (404, 405, 415, ...) keep their status and headers")
        .addStatement("int status = error.getStatusCode().value()")
        .addStatement("return $T.status(status).headers(error.getHeaders()).contentType($T.APPLICATION_PROBLEM_JSON)"
            + ".body(body(status, error.getBody().getDetail(), request, null))", Libs.RESPONSE_ENTITY, Libs.MEDIA_TYPE)
        .endControlFlow()
        .addStatement("$T annotated = $T.findMergedAnnotation(e.getClass(), $T.class)",
            Libs.RESPONSE_STATUS, Libs.ANNOTATED_ELEMENT_UTILS, Libs.RESPONSE_STATUS)
        .beginControlFlow("if (annotated != null)")
        .addStatement("int status = annotated.code().value()")
        .addStatement("return problem(status, annotated.reason().isEmpty() ? title(status) : annotated.reason(), request, null)")
        .endControlFlow()
        .beginControlFlow("if (e.getClass().getName().startsWith($S))", "org.springframework.security.")
        .addStatement("throw e")
        .endControlFlow()
        .addComment("a database failure that Spring did not translate (at commit, in a query): never a 500")
        .beginControlFlow("if ($T.isTransient(e))", names.databaseErrors())
        .addStatement("return unavailable(e, request)")
        .endControlFlow()
        .beginControlFlow("if (e instanceof RuntimeException failure && $T.classify(failure, $T.of(), $T::of) instanceof $T problem)",
            names.databaseErrors(), Libs.MAP, Libs.MAP, names.apiProblemException())
        .addStatement("return apiProblem(problem, request)")
        .endControlFlow()
        .addStatement("LOG.error($S + request.getMethod() + $S + request.getRequestURI(), e)", "Unexpected error on ", " ")
        .addStatement("return problem(500, $S, request, null)", "An unexpected error occurred; it has been logged")
        .build();
  }

  private MethodSpec problemMethod() {
    return MethodSpec.methodBuilder("problem")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(responseType())
        .addParameter(TypeName.INT, "status")
        .addParameter(Libs.STRING, "detail")
        .addParameter(Libs.SERVLET_REQUEST, "request")
        .addParameter(ParameterizedTypeName.get(Libs.LIST, names.problemFieldError()), "errors")
        .addStatement("return $T.status(status).contentType($T.APPLICATION_PROBLEM_JSON).body(body(status, detail, request, errors))",
            Libs.RESPONSE_ENTITY, Libs.MEDIA_TYPE)
        .build();
  }

  /** Spring's ProblemDetail: its converters write {@code errors} beside {@code type}, {@code title}, ... (a Jackson mixin). */
  private MethodSpec bodyMethod() {
    return MethodSpec.methodBuilder("body")
        .addModifiers(Modifier.STATIC)
        .returns(Libs.PROBLEM_DETAIL)
        .addParameter(TypeName.INT, "status")
        .addParameter(Libs.STRING, "detail")
        .addParameter(Libs.SERVLET_REQUEST, "request")
        .addParameter(ParameterizedTypeName.get(Libs.LIST, names.problemFieldError()), "errors")
        .addStatement("$T body = $T.forStatus(status)", Libs.PROBLEM_DETAIL, Libs.PROBLEM_DETAIL)
        .addComment("explicit: Spring Framework 7 leaves the type null (not written), 6 gives about:blank; the same JSON on both")
        .addStatement("body.setType($T.create($S))", Libs.URI, "about:blank")
        .addStatement("body.setTitle(title(status))")
        .addStatement("body.setDetail(detail)")
        .beginControlFlow("try")
        .addStatement("body.setInstance($T.create(request.getRequestURI()))", Libs.URI)
        .nextControlFlow("catch ($T e)", IllegalArgumentException.class)
        .addComment("a path that is no URI reference: left out rather than a failure while reporting one")
        .endControlFlow()
        .beginControlFlow("if (errors != null && !errors.isEmpty())")
        .addStatement("body.setProperty($S, $T.copyOf(errors))", "errors", Libs.LIST)
        .endControlFlow()
        .addStatement("return body")
        .build();
  }

  /** A lost connection, a pool timeout, a deadlock: the request was fine, the database is not; retry (503). */
  private MethodSpec unavailableHandler() {
    return MethodSpec.methodBuilder("databaseUnavailable")
        .addAnnotation(AnnotationSpec.builder(Libs.EXCEPTION_HANDLER)
            .addMember("value", "{$T.class, $T.class, $T.class, $T.class}", Libs.TRANSIENT_DATA_ACCESS,
                Libs.DATA_ACCESS_RESOURCE_FAILURE, Libs.RECOVERABLE_DATA_ACCESS, Libs.CANNOT_CREATE_TRANSACTION).build())
        .addModifiers(Modifier.PUBLIC)
        .returns(responseType())
        .addParameter(Exception.class, "e")
        .addParameter(Libs.SERVLET_REQUEST, "request")
        .addStatement("return unavailable(e, request)")
        .build();
  }

  private MethodSpec unavailable() {
    return MethodSpec.methodBuilder("unavailable")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(responseType())
        .addParameter(Exception.class, "e")
        .addParameter(Libs.SERVLET_REQUEST, "request")
        .addStatement("LOG.warn($S + request.getMethod() + $S + request.getRequestURI() + $S + e)",
            "The database is unavailable on ", " ", ": ")
        .addStatement("return $T.status(503).header($S, $S).contentType($T.APPLICATION_PROBLEM_JSON)"
            + ".body(body(503, $S, request, null))", Libs.RESPONSE_ENTITY, "Retry-After", "1", Libs.MEDIA_TYPE,
            "The database is unavailable right now; retry later")
        .build();
  }

  private MethodSpec expectation() {
    TypeName anyClass = ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));
    return MethodSpec.methodBuilder("expectation")
        .addJavadoc("What a query or path parameter of this type must look like.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Libs.STRING)
        .addParameter(anyClass, "type")
        .beginControlFlow("if (type == null)")
        .addStatement("return $S", "has an invalid value")
        .endControlFlow()
        .beginControlFlow("if (type.isEnum())")
        .addStatement("return $S + $T.stream(type.getEnumConstants()).map(c -> (($T<?>) c).name()).toList()",
            "must be one of ", java.util.Arrays.class, Enum.class)
        .endControlFlow()
        .beginControlFlow("if (type == $T.class || type == $T.class || type == $T.class || type == $T.class || type == $T.class)",
            Long.class, Integer.class, Short.class, Byte.class, java.math.BigInteger.class)
        .addStatement("return $S", "must be an integer")
        .endControlFlow()
        .beginControlFlow("if ($T.class.isAssignableFrom(type))", Number.class)
        .addStatement("return $S", "must be a number")
        .endControlFlow()
        .beginControlFlow("if (type == $T.class)", Boolean.class)
        .addStatement("return $S", "must be true or false")
        .endControlFlow()
        .beginControlFlow("if (type == $T.class)", java.time.LocalDate.class)
        .addStatement("return $S", "must be a date (yyyy-MM-dd)")
        .endControlFlow()
        .beginControlFlow("if (type == $T.class || type == $T.class)", java.time.LocalDateTime.class, java.time.Instant.class)
        .addStatement("return $S", "must be a date-time (ISO 8601)")
        .endControlFlow()
        .addStatement("return $S + type.getSimpleName()", "must be a valid ")
        .build();
  }
}
