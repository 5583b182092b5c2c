package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/** {@code ApiProblemException}: a client error with its HTTP status, title, detail and field errors. */
final class ApiProblemExceptionEmitter {
  private final Names names;

  ApiProblemExceptionEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    ClassName self = names.apiProblemException();
    TypeName errors = ParameterizedTypeName.get(Libs.LIST, names.problemFieldError());
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .superclass(RuntimeException.class)
        .addJavadoc("A client error that becomes an {@code application/problem+json} response. It carries no\n"
            + "stack trace: it reports bad input, not a bug.\n")
        .addField(FieldSpec.builder(TypeName.LONG, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L").build())
        .addField(TypeName.INT, "status", Modifier.PRIVATE, Modifier.FINAL)
        .addField(Libs.STRING, "title", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(errors, "errors", Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PUBLIC)
            .addParameter(TypeName.INT, "status")
            .addParameter(Libs.STRING, "title")
            .addParameter(Libs.STRING, "detail")
            .addParameter(errors, "errors")
            .addStatement("super(detail, null, false, false)")
            .addStatement("this.status = status")
            .addStatement("this.title = title")
            .addStatement("this.errors = errors == null ? $T.of() : errors.stream()"
                + ".sorted($T.comparing($T::field).thenComparing($T::message)).toList()",
                Libs.LIST, Libs.COMPARATOR, names.problemFieldError(), names.problemFieldError())
            .build())
        .addMethod(getter("status", TypeName.INT, "status"))
        .addMethod(getter("title", Libs.STRING, "title"))
        .addMethod(getter("detail", Libs.STRING, "getMessage()"))
        .addMethod(getter("errors", errors, "errors"))
        .addMethod(factory(self, "badRequest", 400, "Bad Request"))
        .addMethod(MethodSpec.methodBuilder("badRequest")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(Libs.STRING, "detail")
            .addParameter(errors, "errors")
            .addStatement("return new $T(400, $S, detail, errors)", self, "Bad Request")
            .build())
        .addMethod(MethodSpec.methodBuilder("invalid")
            .addJavadoc("A 400 for a request body with these invalid fields.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(errors, "errors")
            .addStatement("int count = errors.size()")
            .addStatement("return badRequest($S + count + (count == 1 ? $S : $S), errors)",
                "The request body has ", " invalid field", " invalid fields")
            .build())
        .addMethod(factory(self, "notFound", 404, "Not Found"))
        .addMethod(factory(self, "preconditionFailed", 412, "Precondition Failed"))
        .addMethod(factory(self, "conflict", 409, "Conflict"))
        .addMethod(MethodSpec.methodBuilder("conflict")
            .addJavadoc("A 409 naming the fields whose values another row already has.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(Libs.STRING, "detail")
            .addParameter(errors, "errors")
            .addStatement("return new $T(409, $S, detail, errors)", self, "Conflict")
            .build());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  private static MethodSpec getter(String name, TypeName type, String expression) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", expression)
        .build();
  }

  private static MethodSpec factory(ClassName self, String name, int status, String title) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(Libs.STRING, "detail")
        .addStatement("return new $T($L, $S, detail, $T.of())", self, status, title, Libs.LIST)
        .build();
  }
}
