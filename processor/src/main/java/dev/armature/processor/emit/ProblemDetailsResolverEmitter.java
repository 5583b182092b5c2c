package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * {@code ProblemDetailsResolver}: problem+json for requests under {@code /api} that reach no controller
 * method (405, 415, 406 at mapping, 404 for an unknown path). {@code ProblemDetailsAdvice} advises only
 * Armature's controllers, and Spring consults no such advice when the handler is not one of them, so
 * these would get Spring Boot's {@code /error} JSON. Paths outside {@code /api} are left to the project.
 */
final class ProblemDetailsResolverEmitter {
  private final Names names;

  ProblemDetailsResolverEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    ClassName self = names.problemDetailsResolver();
    TypeName adapter = ParameterizedTypeName.get(Libs.OBJECT_PROVIDER, Libs.HANDLER_ADAPTER);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(Libs.HANDLER_EXCEPTION_RESOLVER)
        .addSuperinterface(Libs.ORDERED)
        .addJavadoc("Failures of {@code /api} requests that no controller method took, as {@code application/problem+json}.\n")
        .addAnnotation(GeneratedFiles.bean(Libs.COMPONENT, self).build())
        .addField(names.problemDetailsAdvice(), "advice", Modifier.PRIVATE, Modifier.FINAL)
        .addField(adapter, "adapter", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("The adapter's converters write the body, with the ProblemDetail mixin Spring registers in them.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(names.problemDetailsAdvice(), "advice")
            .addParameter(adapter, "adapter")
            .addStatement("this.advice = advice")
            .addStatement("this.adapter = adapter")
            .build())
        .addMethod(MethodSpec.methodBuilder("getOrder")
            .addJavadoc("Before Spring MVC's resolvers (order 0), which would send these to Spring Boot's error page.\n")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addStatement("return -1")
            .build())
        .addMethod(resolve())
        .addField(FieldSpec.builder(Libs.STRING, "BASE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$S", "/api").build());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  private MethodSpec resolve() {
    TypeName converter = ParameterizedTypeName.get(Libs.MESSAGE_CONVERTER, Libs.PROBLEM_DETAIL);
    return MethodSpec.methodBuilder("resolveException")
        .addAnnotation(Override.class)
        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "$S", "unchecked").build())
        .addModifiers(Modifier.PUBLIC)
        .returns(Libs.MODEL_AND_VIEW)
        .addParameter(Libs.SERVLET_REQUEST, "request")
        .addParameter(Libs.SERVLET_RESPONSE, "response")
        .addParameter(Object.class, "handler")
        .addParameter(Exception.class, "failure")
        .addStatement("String path = request.getRequestURI().substring(request.getContextPath().length())")
        .beginControlFlow("if (handler instanceof $T || !(path.equals(BASE) || path.startsWith(BASE + $S)) || response.isCommitted())",
            Libs.HANDLER_METHOD, "/")
        .addComment("a controller method's failure is its advice's (ours for Armature's controllers)")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("try")
        .addStatement("$T<$T> answer = advice.unexpected(failure, request)", Libs.RESPONSE_ENTITY, Libs.PROBLEM_DETAIL)
        .beginControlFlow("for ($T<?> candidate : adapter.getObject().getMessageConverters())", Libs.MESSAGE_CONVERTER)
        .beginControlFlow("if (candidate.canWrite($T.class, $T.APPLICATION_PROBLEM_JSON))", Libs.PROBLEM_DETAIL, Libs.MEDIA_TYPE)
        .addStatement("response.setStatus(answer.getStatusCode().value())")
        .addStatement("answer.getHeaders().forEach((name, values) -> { if (!name.equalsIgnoreCase($S)) "
            + "values.forEach(value -> response.addHeader(name, value)); })", "Content-Type")
        .addStatement("(($T) candidate).write(answer.getBody(), $T.APPLICATION_PROBLEM_JSON, new $T(response))",
            converter, Libs.MEDIA_TYPE, Libs.SERVLET_SERVER_RESPONSE)
        .addStatement("return new $T()", Libs.MODEL_AND_VIEW)
        .endControlFlow()
        .endControlFlow()
        .nextControlFlow("catch ($T e)", Exception.class)
        .addComment("Spring Security's exceptions (rethrown by the advice) and a failure to write: Spring MVC's turn")
        .endControlFlow()
        .addStatement("return null")
        .build();
  }
}
