package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.armature.processor.model.DomainModel;
import javax.lang.model.element.Modifier;

/**
 * {@code RequestReader}: reads the fields of one request body (every problem collected and named by field,
 * so one 400 lists them all), resolves related ids, and writes the entity's current update surface as the
 * target of a merge patch. One per request body; the generated controllers call it field by field.
 */
final class RequestReaderEmitter {
  private final Names names;

  RequestReaderEmitter(Names names) {
    this.names = names;
  }

  JavaFile emit(DomainModel model) {
    TypeSpec.Builder type = TypeSpec.classBuilder(names.requestReader())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Reads one request body field by field, collecting every problem so that one 400 names them all.\n")
        .addField(names.objectMapper(), "objectMapper", Modifier.PRIVATE, Modifier.FINAL)
        .addField(Libs.ENTITY_MANAGER, "entityManager", Modifier.PRIVATE, Modifier.FINAL)
        .addField(FieldSpec.builder(errorList(), "errors", Modifier.PRIVATE, Modifier.FINAL)
            .initializer("new $T<>()", Libs.ARRAY_LIST).build())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(names.objectMapper(), "objectMapper")
            .addParameter(Libs.ENTITY_MANAGER, "entityManager")
            .addStatement("this.objectMapper = objectMapper")
            .addStatement("this.entityManager = entityManager")
            .build())
        .addMethod(read())
        .addMethod(find())
        .addMethod(put())
        .addMethod(MethodSpec.methodBuilder("throwIfInvalid")
            .addJavadoc("Throws one 400 listing every field error so far.\n")
            .addModifiers(Modifier.PUBLIC)
            .beginControlFlow("if (!errors.isEmpty())")
            .addStatement("throw $T.invalid(errors)", names.apiProblemException())
            .endControlFlow()
            .build())
        .addMethod(rejectUnknown())
        .addMethod(validate());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  private TypeName errorList() {
    return ParameterizedTypeName.get(Libs.LIST, names.problemFieldError());
  }

  /** The one place a JSON value becomes a Java value: shape first, then Jackson; a mismatch names the field. */
  private MethodSpec read() {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("read")
        .addJavadoc("The value of {@code field}, null when absent or null; one of the wrong shape or that Jackson\n"
            + "cannot convert (out of range, unknown enum constant, malformed date) is an error on the field.\n")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(t)
        .returns(t)
        .addParameter(names.jsonNode(), "body")
        .addParameter(Libs.STRING, "field")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
        .addParameter(names.jsonShape(), "shape")
        .addParameter(Libs.STRING, "expectation")
        .addStatement("$T node = body.get(field)", names.jsonNode())
        .beginControlFlow("if (node == null || node.isNull())")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("if (shape.test(node))")
        .beginControlFlow("try")
        .addComment("Jackson 2 declares a checked exception here, Jackson 3 an unchecked one")
        .addStatement("return objectMapper.treeToValue(node, type)")
        .nextControlFlow("catch ($T e)", Exception.class)
        .addComment("out of range, unknown enum constant, malformed date: reported below")
        .endControlFlow()
        .endControlFlow()
        .addStatement("errors.add(new $T(field, expectation))", names.problemFieldError())
        .addStatement("return null")
        .build();
  }

  private MethodSpec find() {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("find")
        .addJavadoc("The related entity with this id, null for a null id; a missing one is an error on {@code field}.\n")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(t)
        .returns(t)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
        .addParameter(Libs.OBJECT, "id")
        .addParameter(Libs.STRING, "field")
        .beginControlFlow("if (id == null)")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T found = entityManager.find(type, id)", t)
        .beginControlFlow("if (found == null)")
        .addStatement("errors.add(new $T(field, $S + type.getSimpleName() + $S + id))",
            names.problemFieldError(), "refers to no ", " with id ")
        .endControlFlow()
        .addStatement("return found")
        .build();
  }

  /** The entity's update surface as JSON, member by member so the project's naming strategy cannot interfere. */
  private MethodSpec put() {
    return MethodSpec.methodBuilder("put")
        .addJavadoc("Adds a member of the entity's current update surface; a null value is left out.\n")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(names.objectNode(), "node")
        .addParameter(Libs.STRING, "field")
        .addParameter(Libs.OBJECT, "value")
        .beginControlFlow("if (value != null)")
        .addStatement("node.set(field, objectMapper.valueToTree(value))")
        .endControlFlow()
        .build();
  }

  private MethodSpec rejectUnknown() {
    return MethodSpec.methodBuilder("rejectUnknown")
        .addParameter(names.jsonNode(), "body")
        .addParameter(Libs.LIST_OF_STRING, "accepted")
        .addParameter(Libs.LIST_OF_STRING, "readOnly")
        .beginControlFlow("for ($T entry : body.properties())",
            ParameterizedTypeName.get(Libs.MAP.nestedClass("Entry"), Libs.STRING, names.jsonNode()))
        .addStatement("String field = entry.getKey()")
        .beginControlFlow("if (!accepted.contains(field))")
        .addStatement("errors.add(new $T(field, readOnly.contains(field) ? $S : $S + String.join($S, accepted)))",
            names.problemFieldError(), "is read-only", "is not accepted here; accepted fields: ", ", ")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  /** Bean Validation, when the application has a validator; a field that already failed is not reported twice. */
  private MethodSpec validate() {
    return MethodSpec.methodBuilder("validate")
        .addParameter(Libs.OBJECT, "request")
        .addParameter(Libs.VALIDATOR, "validator")
        .beginControlFlow("if (validator == null)")
        .addStatement("return")
        .endControlFlow()
        .addStatement("$T<String> failed = errors.stream().map($T::field).collect($T.toSet())",
            Libs.SET, names.problemFieldError(), ClassName.get("java.util.stream", "Collectors"))
        .beginControlFlow("for ($T<Object> violation : validator.validate(request))", Libs.CONSTRAINT_VIOLATION)
        .addStatement("String field = violation.getPropertyPath().toString()")
        .beginControlFlow("if (!failed.contains(field))")
        .addStatement("errors.add(new $T(field, violation.getMessage()))", names.problemFieldError())
        .endControlFlow()
        .endControlFlow()
        .build();
  }
}
