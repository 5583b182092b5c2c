package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
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
        .addMethod(validate())
        .addMethod(hasShapeOf())
        .addMethod(expectation())
        .addMethod(scaled())
        .addMethod(outOfRange())
        .addMethod(integral());
    return GeneratedFiles.file(names.packageName(), type, model.entities());
  }

  private TypeName errorList() {
    return ParameterizedTypeName.get(Libs.LIST, names.problemFieldError());
  }

  /** The one place a JSON value becomes a Java value: shape first, then Jackson; a mismatch names the field. */
  private MethodSpec read() {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("read")
        .addJavadoc("The value of {@code field}, null when absent or null; one of the wrong JSON type for {@code type}, or\n"
            + "that Jackson cannot convert (out of range, unknown enum constant, malformed date), or a date outside the years\n"
            + "0001 to 9999, is an error on the field.\n")
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(t)
        .returns(t)
        .addParameter(names.jsonNode(), "body")
        .addParameter(Libs.STRING, "field")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
        .addStatement("$T node = body.get(field)", names.jsonNode())
        .beginControlFlow("if (node == null || node.isNull())")
        .addStatement("return null")
        .endControlFlow()
        .beginControlFlow("if (hasShapeOf(node, type))")
        .beginControlFlow("try")
        .addComment("Jackson 2 declares a checked exception here, Jackson 3 an unchecked one")
        .addStatement("$T value = objectMapper.treeToValue(node, type)", t)
        .addStatement("String outOfRange = outOfRange(value)")
        .beginControlFlow("if (outOfRange == null)")
        .addStatement("return value")
        .endControlFlow()
        .addStatement("errors.add(new $T(field, outOfRange))", names.problemFieldError())
        .addStatement("return null")
        .nextControlFlow("catch ($T e)", Exception.class)
        .addComment("out of range, unknown enum constant, malformed date: reported below")
        .endControlFlow()
        .endControlFlow()
        .addStatement("errors.add(new $T(field, expectation(type)))", names.problemFieldError())
        .addStatement("return null")
        .build();
  }

  /**
   * The JSON type a value must have before Jackson converts it, so that {@code "5"} is not silently read as
   * the number 5 nor {@code 5} as the string "5": booleans, integers, numbers; strings for the rest.
   */
  private MethodSpec hasShapeOf() {
    return MethodSpec.methodBuilder("hasShapeOf")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(names.jsonNode(), "node")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)), "type")
        .beginControlFlow("if (type == $T.class)", Boolean.class)
        .addStatement("return node.isBoolean()")
        .endControlFlow()
        .beginControlFlow("if (integral(type))")
        .addStatement("return node.isIntegralNumber()")
        .endControlFlow()
        .beginControlFlow("if ($T.class.isAssignableFrom(type))", Number.class)
        .addStatement("return node.isNumber()")
        .endControlFlow()
        .addStatement("return node.getNodeType() == $T.STRING", names.jsonNodeType())
        .build();
  }

  /** What a JSON value of this type must look like, as said in a field error. */
  private MethodSpec expectation() {
    ClassName time = ClassName.get("java.time", "LocalDate");
    return MethodSpec.methodBuilder("expectation")
        .addModifiers(Modifier.STATIC)
        .returns(Libs.STRING)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)), "type")
        .beginControlFlow("if (type == $T.class)", Boolean.class)
        .addStatement("return $S", "must be a boolean")
        .endControlFlow()
        .beginControlFlow("if (integral(type))")
        .addStatement("return $S", "must be an integer")
        .endControlFlow()
        .beginControlFlow("if ($T.class.isAssignableFrom(type))", Number.class)
        .addStatement("return $S", "must be a number")
        .endControlFlow()
        .beginControlFlow("if (type.isEnum())")
        .addStatement("return $S + $T.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList()",
            "must be one of ", ClassName.get("java.util", "Arrays"))
        .endControlFlow()
        .beginControlFlow("if (type == $T.class)", time)
        .addStatement("return $S", "must be a date (yyyy-MM-dd)")
        .endControlFlow()
        .beginControlFlow("if (type == $T.class)", ClassName.get("java.time", "LocalDateTime"))
        .addStatement("return $S", "must be a date-time (yyyy-MM-ddTHH:mm:ss)")
        .endControlFlow()
        .beginControlFlow("if (type == $T.class)", ClassName.get("java.time", "Instant"))
        .addStatement("return $S", "must be an instant (yyyy-MM-ddTHH:mm:ssZ)")
        .endControlFlow()
        .beginControlFlow("if (type == $T.class)", Libs.UUID)
        .addStatement("return $S", "must be a UUID")
        .endControlFlow()
        .addStatement("return $S", "must be a string")
        .build();
  }

  /**
   * OpenAPI's {@code date} and {@code date-time} are RFC 3339's, whose years have four digits; Jackson reads
   * years beyond them ({@code +999999999-12-31}, {@code 0000-01-01}), which databases then store wrongly
   * (H2 overflows, year 0 becomes 1) or refuse. List filters of these types are checked with it too.
   */
  private static MethodSpec outOfRange() {
    ClassName instant = ClassName.get("java.time", "Instant");
    return MethodSpec.methodBuilder("outOfRange")
        .addJavadoc("What is wrong with a date, date-time or instant outside the years 0001 to 9999; null for any other value.\n")
        .addModifiers(Modifier.STATIC)
        .returns(Libs.STRING)
        .addParameter(Libs.OBJECT, "value")
        .beginControlFlow("if (value instanceof $T date && (date.getYear() < 1 || date.getYear() > 9999))",
            ClassName.get("java.time", "LocalDate"))
        .addStatement("return $S", "must be a date between 0001-01-01 and 9999-12-31")
        .endControlFlow()
        .beginControlFlow("if (value instanceof $T dateTime && (dateTime.getYear() < 1 || dateTime.getYear() > 9999))",
            ClassName.get("java.time", "LocalDateTime"))
        .addStatement("return $S", "must be a date-time between 0001-01-01T00:00:00 and 9999-12-31T23:59:59")
        .endControlFlow()
        .addComment("0001-01-01T00:00:00Z and 10000-01-01T00:00:00Z in seconds (an Instant's year can be beyond LocalDateTime's)")
        .beginControlFlow("if (value instanceof $T at && (at.getEpochSecond() < $LL || at.getEpochSecond() >= $LL))",
            instant, -62_135_596_800L, 253_402_300_800L)
        .addStatement("return $S", "must be an instant between 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z")
        .endControlFlow()
        .addStatement("return null")
        .build();
  }

  /** What a {@code NUMERIC(p, scale)} column stores of a decimal: H2 and PostgreSQL round half away from zero. */
  private static MethodSpec scaled() {
    ClassName decimal = ClassName.get(java.math.BigDecimal.class);
    return MethodSpec.methodBuilder("scaled")
        .addJavadoc("The value at the column's scale, as the database will store it ({@code 12.5} at scale 2 is {@code 12.50}); null stays null.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(decimal)
        .addParameter(decimal, "value")
        .addParameter(TypeName.INT, "scale")
        .addStatement("return value == null ? null : value.setScale(scale, $T.HALF_UP)", java.math.RoundingMode.class)
        .build();
  }

  private static MethodSpec integral() {
    return MethodSpec.methodBuilder("integral")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeName.BOOLEAN)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)), "type")
        .addStatement("return type == $T.class || type == $T.class || type == $T.class || type == $T.class || type == $T.class",
            Long.class, Integer.class, Short.class, Byte.class, java.math.BigInteger.class)
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
