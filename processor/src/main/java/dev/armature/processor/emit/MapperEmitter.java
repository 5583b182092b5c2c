package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.armature.annotations.Operation;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.RelationModel;
import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.SurfaceKind;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/** {@code BookMapper}: entity to response records, JSON to validated requests, requests onto entities. */
final class MapperEmitter {
  private final Names names;

  MapperEmitter(Names names) {
    this.names = names;
  }

  static boolean hasCreate(EntityModel entity) {
    return entity.has(Operation.CREATE);
  }

  static boolean hasUpdate(EntityModel entity) {
    return entity.has(Operation.UPDATE) || entity.has(Operation.PATCH);
  }

  JavaFile emit(EntityModel entity) {
    MapperJsonMethods json = new MapperJsonMethods(names, entity);
    TypeSpec.Builder type = TypeSpec.classBuilder(names.mapper(entity))
        .addModifiers(Modifier.PUBLIC)
        .addAnnotation(Libs.COMPONENT)
        .addJavadoc("Maps {@code $L} to and from the JSON of its API.\n", entity.simpleName());
    addConstants(type, entity);
    addFields(type, entity);
    type.addMethod(toResponse(entity, SurfaceKind.READ, "toResponse", names.response(entity)));
    if (entity.has(Operation.LIST) && entity.surfaces().listDiffersFromRead()) {
      type.addMethod(toResponse(entity, SurfaceKind.LIST, "toListItem", names.listItem(entity)));
    }
    if (hasCreate(entity)) {
      type.addMethod(json.readRequest(SurfaceKind.CREATE)).addMethod(apply(entity, SurfaceKind.CREATE));
    }
    if (hasUpdate(entity)) {
      type.addMethod(json.readRequest(SurfaceKind.UPDATE)).addMethod(apply(entity, SurfaceKind.UPDATE));
    }
    if (entity.has(Operation.PATCH)) {
      type.addMethod(json.readPatch()).addMethod(json.currentUpdate()).addMethod(json.put());
    }
    if (hasCreate(entity) || hasUpdate(entity)) {
      type.addMethod(json.read()).addMethod(json.isString()).addMethod(json.rejectUnknown()).addMethod(json.validate());
    }
    if (needsEntityManager(entity)) {
      type.addMethod(find());
    }
    for (PropertyModel property : entity.properties()) {
      if (property.kind() == PropertyKind.TO_ONE) {
        type.addMethod(relationId(property));
      }
    }
    return GeneratedFiles.file(names.packageName(), type, entity);
  }

  private static List<PropertyModel> requestProperties(EntityModel entity) {
    Stream<PropertyModel> create = hasCreate(entity) ? entity.surface(SurfaceKind.CREATE).stream() : Stream.empty();
    Stream<PropertyModel> update = hasUpdate(entity) ? entity.surface(SurfaceKind.UPDATE).stream() : Stream.empty();
    return Stream.concat(create, update).toList();
  }

  private static boolean needsEntityManager(EntityModel entity) {
    return requestProperties(entity).stream().anyMatch(p -> p.kind() == PropertyKind.TO_ONE);
  }

  private void addConstants(TypeSpec.Builder type, EntityModel entity) {
    if (hasCreate(entity)) {
      type.addField(stringList("CREATE_FIELDS", entity.surface(SurfaceKind.CREATE).stream().map(PropertyModel::jsonName).toList()));
    }
    if (hasUpdate(entity)) {
      type.addField(stringList("UPDATE_FIELDS", entity.surface(SurfaceKind.UPDATE).stream().map(PropertyModel::jsonName).toList()));
    }
    if (hasCreate(entity) || hasUpdate(entity)) {
      type.addField(stringList("READ_ONLY_FIELDS", MapperJsonMethods.readOnlyFields(entity)));
    }
  }

  private static FieldSpec stringList(String name, List<String> values) {
    CodeBlock items = values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    return FieldSpec.builder(Libs.LIST_OF_STRING, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", Libs.LIST, items)
        .build();
  }

  private void addFields(TypeSpec.Builder type, EntityModel entity) {
    if (!hasCreate(entity) && !hasUpdate(entity)) {
      return;
    }
    TypeName validator = ParameterizedTypeName.get(Libs.OBJECT_PROVIDER, Libs.VALIDATOR);
    type.addField(names.objectMapper(), "objectMapper", Modifier.PRIVATE, Modifier.FINAL)
        .addField(validator, "validator", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("The validator is optional: without Hibernate Validator the database still enforces its constraints.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(names.objectMapper(), "objectMapper")
            .addParameter(validator, "validator")
            .addStatement("this.objectMapper = objectMapper")
            .addStatement("this.validator = validator")
            .build());
    if (needsEntityManager(entity)) {
      type.addField(FieldSpec.builder(Libs.ENTITY_MANAGER, "entityManager", Modifier.PRIVATE)
          .addAnnotation(Libs.PERSISTENCE_CONTEXT).build());
    }
  }

  private MethodSpec toResponse(EntityModel entity, SurfaceKind kind, String name, ClassName record) {
    CodeBlock values = entity.surface(kind).stream()
        .map(p -> PropertyAccess.readJsonValue("entity", p))
        .collect(CodeBlock.joining(",\n", "\n", ""));
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .returns(record)
        .addParameter(Types.className(entity.type()), "entity")
        .addCode("return new $T(", record)
        .addCode(CodeBlock.builder().indent().indent().add(values).unindent().unindent().build())
        .addCode(");\n")
        .build();
  }

  /** {@code applyCreate}/{@code applyUpdate}: relations resolved first (a missing id is a 400), then every write. */
  private MethodSpec apply(EntityModel entity, SurfaceKind kind) {
    boolean create = kind == SurfaceKind.CREATE;
    MethodSpec.Builder method = MethodSpec.methodBuilder(create ? "applyCreate" : "applyUpdate")
        .addModifiers(Modifier.PUBLIC)
        .addParameter(create ? names.createRequest(entity) : names.updateRequest(entity), "request")
        .addParameter(Types.className(entity.type()), "entity");
    List<PropertyModel> properties = entity.surface(kind).stream()
        .filter(PropertyAccess::assignable)
        .filter(p -> create || p.kind() != PropertyKind.ID)
        .toList();
    List<PropertyModel> relations = properties.stream().filter(p -> p.kind() == PropertyKind.TO_ONE).toList();
    if (!relations.isEmpty()) {
      method.addStatement("$T<$T> errors = new $T<>()", Libs.LIST, names.problemFieldError(), Libs.ARRAY_LIST);
      for (PropertyModel relation : relations) {
        RelationModel target = relation.relation().orElseThrow();
        method.addStatement("$T $L = find($T.class, request.$N(), $S, errors)", Types.className(target.target()),
            relatedVariable(relation), Types.className(target.target()), relation.jsonName(), relation.jsonName());
      }
      method.beginControlFlow("if (!errors.isEmpty())")
          .addStatement("throw $T.invalid(errors)", names.apiProblemException())
          .endControlFlow();
    }
    for (PropertyModel property : properties) {
      addWrite(method, entity, property, create);
    }
    if (create) {
      addGeneratedUuid(method, entity);
    }
    return method.build();
  }

  private static String relatedVariable(PropertyModel relation) {
    return "related" + PropertyAccess.capitalize(relation.name());
  }

  /**
   * On create, a value the request leaves out (or sends as null) keeps what the entity's constructor set
   * ({@code status = Status.OPEN}); on update (PUT replaces the whole surface) it clears the property.
   */
  private static void addWrite(MethodSpec.Builder method, EntityModel entity, PropertyModel property, boolean create) {
    CodeBlock value = CodeBlock.of("request.$N()", property.jsonName());
    if (create && property.kind() == PropertyKind.TO_ONE) {
      method.beginControlFlow("if ($L != null)", relatedVariable(property))
          .addStatement(PropertyAccess.write("entity", property, CodeBlock.of("$L", relatedVariable(property))))
          .endControlFlow();
    } else if (property.kind() == PropertyKind.TO_ONE) {
      method.addStatement(PropertyAccess.write("entity", property, CodeBlock.of("$L", relatedVariable(property))));
    } else if (property.kind() == PropertyKind.ID && isAssignedUuid(entity)) {
      method.addStatement(PropertyAccess.write("entity", property,
          CodeBlock.of("$L != null ? $L : $T.randomUUID()", value, value, Libs.UUID)));
    } else if (property.value().primitive() || create) {
      method.beginControlFlow("if ($L != null)", value)
          .addStatement(PropertyAccess.write("entity", property, value))
          .endControlFlow();
    } else {
      method.addStatement(PropertyAccess.write("entity", property, value));
    }
  }

  private static boolean isAssignedUuid(EntityModel entity) {
    return !entity.id().generated() && entity.id().value().kind() == ScalarKind.UUID && entity.id().access().writable();
  }

  /** An assigned UUID id that the create surface does not carry is made here. */
  private static void addGeneratedUuid(MethodSpec.Builder method, EntityModel entity) {
    if (isAssignedUuid(entity) && !entity.surfaces().create().contains(entity.id().name())) {
      method.addStatement(PropertyAccess.write("entity", entity.id(), CodeBlock.of("$T.randomUUID()", Libs.UUID)));
    }
  }

  private MethodSpec find() {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("find")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariable(t)
        .returns(t)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
        .addParameter(Libs.OBJECT, "id")
        .addParameter(Libs.STRING, "field")
        .addParameter(ParameterizedTypeName.get(Libs.LIST, names.problemFieldError()), "errors")
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

  private static MethodSpec relationId(PropertyModel property) {
    RelationModel relation = property.relation().orElseThrow();
    return MethodSpec.methodBuilder(PropertyAccess.relationIdHelper(property))
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Types.boxed(property))
        .addParameter(Types.className(relation.target()), "related")
        .addStatement("return related == null ? null : $L", PropertyAccess.read("related", relation.targetIdAccess()))
        .build();
  }
}
