package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.SurfaceKind;
import dev.armature.processor.model.ValueType;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The mapper's JSON side: request bodies read field by field (so every problem is reported at once,
 * named by field), validated, and merge patches applied to the entity's current update surface.
 */
final class MapperJsonMethods {
  private final Names names;
  private final EntityModel entity;
  private final ClassName mapper;

  MapperJsonMethods(Names names, EntityModel entity) {
    this.names = names;
    this.entity = entity;
    this.mapper = names.mapper(entity);
  }

  private TypeName errorList() {
    return ParameterizedTypeName.get(Libs.LIST, names.problemFieldError());
  }

  /** {@code readCreate(JsonNode)} or {@code readUpdate(JsonNode)}. */
  MethodSpec readRequest(SurfaceKind kind) {
    boolean create = kind == SurfaceKind.CREATE;
    ClassName request = create ? names.createRequest(entity) : names.updateRequest(entity);
    CodeBlock arguments = entity.surface(kind).stream()
        .map(this::readField)
        .collect(CodeBlock.joining(",\n", "\n", ""));
    return MethodSpec.methodBuilder(create ? "readCreate" : "readUpdate")
        .addJavadoc("Reads and validates $L body; every problem becomes one 400 listing the fields.\n",
            create ? "a create" : "an update")
        .addModifiers(Modifier.PUBLIC)
        .returns(request)
        .addParameter(names.jsonNode(), "body")
        .beginControlFlow("if (body == null || !body.isObject())")
        .addStatement("throw $T.badRequest($S)", names.apiProblemException(), "The request body must be a JSON object")
        .endControlFlow()
        .addStatement("$T errors = new $T<>()", errorList(), Libs.ARRAY_LIST)
        .addStatement("rejectUnknown(body, $L, errors)", create ? "CREATE_FIELDS" : "UPDATE_FIELDS")
        .addCode("$T request = new $T(", request, request)
        .addCode(CodeBlock.builder().indent().indent().add(arguments).unindent().unindent().build())
        .addCode(");\n")
        .addStatement("validate(request, errors)")
        .beginControlFlow("if (!errors.isEmpty())")
        .addStatement("throw $T.invalid(errors)", names.apiProblemException())
        .endControlFlow()
        .addStatement("return request")
        .build();
  }

  private CodeBlock readField(PropertyModel property) {
    ValueType value = property.value();
    return CodeBlock.of("read(body, $S, $T.class, $L, $S, errors)", property.jsonName(), Types.boxed(value),
        shapeCheck(value), Types.expectation(value));
  }

  private CodeBlock shapeCheck(ValueType value) {
    return switch (value.kind()) {
      case BOOLEAN -> CodeBlock.of("$T::isBoolean", names.jsonNode());
      case BYTE, SHORT, INTEGER, LONG, BIG_INTEGER -> CodeBlock.of("$T::isIntegralNumber", names.jsonNode());
      case FLOAT, DOUBLE, BIG_DECIMAL -> CodeBlock.of("$T::isNumber", names.jsonNode());
      default -> CodeBlock.of("$T::isString", mapper);
    };
  }

  /** {@code readPatch(entity, patch)}: RFC 7396 applied to the entity's current update surface. */
  MethodSpec readPatch() {
    return MethodSpec.methodBuilder("readPatch")
        .addJavadoc("The update request a merge patch makes of the entity's current state.\n")
        .addModifiers(Modifier.PUBLIC)
        .returns(names.updateRequest(entity))
        .addParameter(Types.className(entity.type()), "entity")
        .addParameter(names.jsonNode(), "patch")
        .addStatement("return readUpdate($T.apply(currentUpdate(entity), patch))", names.jsonMergePatch())
        .build();
  }

  /** The entity's update surface as JSON, built member by member so the project's naming strategy cannot interfere. */
  MethodSpec currentUpdate() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("currentUpdate")
        .addModifiers(Modifier.PRIVATE)
        .returns(names.objectNode())
        .addParameter(Types.className(entity.type()), "entity")
        .addStatement("$T node = objectMapper.createObjectNode()", names.objectNode());
    for (PropertyModel property : entity.surface(SurfaceKind.UPDATE)) {
      method.addStatement("put(node, $S, $L)", property.jsonName(), PropertyAccess.readJsonValue("entity", property));
    }
    return method.addStatement("return node").build();
  }

  MethodSpec put() {
    return MethodSpec.methodBuilder("put")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(names.objectNode(), "node")
        .addParameter(Libs.STRING, "field")
        .addParameter(Libs.OBJECT, "value")
        .beginControlFlow("if (value != null)")
        .addStatement("node.set(field, objectMapper.valueToTree(value))")
        .endControlFlow()
        .build();
  }

  /** The one place a JSON value becomes a Java value: shape first, then Jackson; a mismatch names the field. */
  MethodSpec read() {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("read")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariable(t)
        .returns(t)
        .addParameter(names.jsonNode(), "body")
        .addParameter(Libs.STRING, "field")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
        .addParameter(ParameterizedTypeName.get(Libs.PREDICATE_FN, names.jsonNode()), "shape")
        .addParameter(Libs.STRING, "expectation")
        .addParameter(errorList(), "errors")
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

  MethodSpec isString() {
    return MethodSpec.methodBuilder("isString")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(names.jsonNode(), "node")
        .addStatement("return node.getNodeType() == $T.STRING", names.jsonNodeType())
        .build();
  }

  MethodSpec rejectUnknown() {
    return MethodSpec.methodBuilder("rejectUnknown")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(names.jsonNode(), "body")
        .addParameter(Libs.LIST_OF_STRING, "accepted")
        .addParameter(errorList(), "errors")
        .beginControlFlow("for ($T entry : body.properties())",
            ParameterizedTypeName.get(Libs.MAP.nestedClass("Entry"), Libs.STRING, names.jsonNode()))
        .addStatement("String field = entry.getKey()")
        .beginControlFlow("if (!accepted.contains(field))")
        .addStatement("errors.add(new $T(field, READ_ONLY_FIELDS.contains(field) ? $S : $S + String.join($S, accepted)))",
            names.problemFieldError(), "is read-only", "is not accepted here; accepted fields: ", ", ")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  /** Bean Validation, when the application has a validator; a field that already failed is not reported twice. */
  MethodSpec validate() {
    return MethodSpec.methodBuilder("validate")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(Libs.OBJECT, "request")
        .addParameter(errorList(), "errors")
        .addStatement("$T available = validator.getIfAvailable()", Libs.VALIDATOR)
        .beginControlFlow("if (available == null)")
        .addStatement("return")
        .endControlFlow()
        .addStatement("$T<String> failed = errors.stream().map($T::field).collect($T.toSet())",
            Libs.SET, names.problemFieldError(), ClassName.get("java.util.stream", "Collectors"))
        .beginControlFlow("for ($T<Object> violation : available.validate(request))", Libs.CONSTRAINT_VIOLATION)
        .addStatement("String field = violation.getPropertyPath().toString()")
        .beginControlFlow("if (!failed.contains(field))")
        .addStatement("errors.add(new $T(field, violation.getMessage()))", names.problemFieldError())
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  /** The JSON names a request may never set, to say "is read-only" rather than "is not accepted here". */
  static List<String> readOnlyFields(EntityModel entity) {
    return entity.allProperties().stream().filter(p -> !p.writable()).map(PropertyModel::jsonName).toList();
  }
}
