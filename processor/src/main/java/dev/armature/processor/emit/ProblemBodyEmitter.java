package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * {@code ProblemBody}, the RFC 9457 problem details body, and {@code ProblemFieldError}, one entry of
 * its {@code errors} extension member.
 */
final class ProblemBodyEmitter {
  private final Names names;

  ProblemBodyEmitter(Names names) {
    this.names = names;
  }

  JavaFile emitFieldError(DomainModel model) {
    TypeSpec.Builder type = TypeSpec.recordBuilder(names.problemFieldError())
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("One invalid field or parameter of a request: its JSON name and what is wrong with it.\n")
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(Libs.STRING, "field")
            .addParameter(Libs.STRING, "message")
            .build());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  JavaFile emitBody(DomainModel model) {
    ClassName self = names.problemBody();
    TypeName errors = ParameterizedTypeName.get(Libs.LIST, names.problemFieldError());
    TypeSpec.Builder type = TypeSpec.recordBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("An {@code application/problem+json} body (RFC 9457); {@code errors} lists invalid fields.\n")
        .addAnnotation(AnnotationSpec.builder(Libs.JSON_INCLUDE)
            .addMember("value", "$T.Include.NON_NULL", Libs.JSON_INCLUDE).build())
        .recordConstructor(MethodSpec.constructorBuilder()
            .addParameter(Libs.STRING, "type")
            .addParameter(Libs.STRING, "title")
            .addParameter(TypeName.INT, "status")
            .addParameter(Libs.STRING, "detail")
            .addParameter(Libs.STRING, "instance")
            .addParameter(errors, "errors")
            .build())
        .addMethod(MethodSpec.methodBuilder("of")
            .addJavadoc("A problem of type {@code about:blank}; empty {@code errors} are left out.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(TypeName.INT, "status")
            .addParameter(Libs.STRING, "title")
            .addParameter(Libs.STRING, "detail")
            .addParameter(Libs.STRING, "instance")
            .addParameter(errors, "errors")
            .addStatement("return new $T($S, title, status, detail, instance, errors == null || errors.isEmpty() ? null : $T.copyOf(errors))",
                self, "about:blank", Libs.LIST)
            .build());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }
}
