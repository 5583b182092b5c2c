package dev.armature.processor.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.armature.annotations.Operation;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.RelationModel;
import dev.armature.processor.model.ScalarKind;
import dev.armature.processor.model.SurfaceKind;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * How a generated controller's entity maps, overriding the hooks of {@code ResourceController}: entity
 * to response records; request body to request record, field by field, each value checked for its JSON
 * shape; request record onto the entity, relations resolved first (a missing id is a 400); the current
 * update surface for a merge patch.
 */
final class ControllerMapping {
  private static final AnnotationSpec OVERRIDE = AnnotationSpec.builder(Override.class).build();
  private final Names names;
  private final EntityModel entity;
  private final ClassName entityClass;

  ControllerMapping(Names names, EntityModel entity) {
    this.names = names;
    this.entity = entity;
    this.entityClass = Types.className(entity.type());
  }

  void addTo(TypeSpec.Builder type) {
    type.addMethod(hook("id", Types.boxed(entity.id())).addParameter(entityClass, "entity")
        .addStatement("return $L", PropertyAccess.read("entity", entity.id())).build());
    entity.version().ifPresent(v -> type.addMethod(hook("version", Libs.OBJECT).addParameter(entityClass, "entity")
        .addStatement("return $L", PropertyAccess.read("entity", v)).build()));
    type.addMethod(toRecord("toResponse", SurfaceKind.READ, names.response(entity)));
    if (entity.has(Operation.LIST) && entity.surfaces().listDiffersFromRead()) {
      type.addMethod(toRecord("toListItem", SurfaceKind.LIST, names.listItem(entity)));
    }
    if (ControllerEmitter.hasCreate(entity)) {
      type.addMethod(readRequest(SurfaceKind.CREATE)).addMethod(apply(SurfaceKind.CREATE));
      List<PropertyModel> checked = entity.surface(SurfaceKind.CREATE).stream()
          .filter(PropertyModel::checkedAfterCreate)
          .sorted(java.util.Comparator.comparing(PropertyModel::jsonName))
          .toList();
      if (!checked.isEmpty()) {
        type.addMethod(missingAfterCreate(checked));
      }
    }
    if (ControllerEmitter.hasUpdate(entity)) {
      type.addMethod(readRequest(SurfaceKind.UPDATE)).addMethod(apply(SurfaceKind.UPDATE));
    }
    if (entity.has(Operation.PATCH)) {
      type.addMethod(currentUpdate());
    }
    List<PropertyModel> unique = entity.properties().stream()
        .filter(p -> p.unique() && p.kind() == PropertyKind.SCALAR)
        .toList();
    if (!unique.isEmpty() && (ControllerEmitter.hasCreate(entity) || ControllerEmitter.hasUpdate(entity))) {
      type.addMethod(takenUnique(unique));
    }
    for (PropertyModel property : entity.properties()) {
      if (property.kind() == PropertyKind.TO_ONE) {
        type.addMethod(relationId(property));
      }
    }
  }

  private static MethodSpec.Builder hook(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(OVERRIDE).addModifiers(Modifier.PROTECTED).returns(returns);
  }

  private MethodSpec toRecord(String name, SurfaceKind kind, ClassName record) {
    CodeBlock values = entity.surface(kind).stream()
        .map(p -> PropertyAccess.readJsonValue("entity", p))
        .collect(CodeBlock.joining(",\n", "\n", ""));
    return hook(name, record)
        .addParameter(entityClass, "entity")
        .addCode("return new $T(", record)
        .addCode(CodeBlock.builder().indent().indent().add(values).unindent().unindent().build())
        .addCode(");\n")
        .build();
  }

  /** {@code readCreate}/{@code readUpdate}: the record of a body, one {@code in.read} per field. */
  private MethodSpec readRequest(SurfaceKind kind) {
    boolean create = kind == SurfaceKind.CREATE;
    ClassName request = create ? names.createRequest(entity) : names.updateRequest(entity);
    if (create && Names.oneRequestRecord(entity)) {
      return hook("readCreate", request)
          .addParameter(names.jsonNode(), "body")
          .addParameter(names.requestReader(), "in")
          .addStatement("return readUpdate(body, in)")
          .build();
    }
    CodeBlock arguments = entity.surface(kind).stream()
        .map(this::readField)
        .collect(CodeBlock.joining(",\n", "\n", ""));
    return hook(create ? "readCreate" : "readUpdate", request)
        .addParameter(names.jsonNode(), "body")
        .addParameter(names.requestReader(), "in")
        .addCode("return new $T(", request)
        .addCode(CodeBlock.builder().indent().indent().add(arguments).unindent().unindent().build())
        .addCode(");\n")
        .build();
  }

  /** The JSON type it must have and the message when it does not follow from the type (see {@code RequestReader}). */
  private CodeBlock readField(PropertyModel property) {
    return CodeBlock.of("in.read(body, $S, $T.class)", property.jsonName(), Types.boxed(property.value()));
  }

  /** {@code applyCreate}/{@code applyUpdate}: relations resolved first (a missing id is a 400), then every write. */
  private MethodSpec apply(SurfaceKind kind) {
    boolean create = kind == SurfaceKind.CREATE;
    MethodSpec.Builder method = hook(create ? "applyCreate" : "applyUpdate", TypeName.VOID)
        .addParameter(create ? names.createRequest(entity) : names.updateRequest(entity), "request")
        .addParameter(entityClass, "entity")
        .addParameter(names.requestReader(), "in");
    List<PropertyModel> properties = entity.surface(kind).stream()
        .filter(PropertyAccess::assignable)
        .filter(p -> create || p.kind() != PropertyKind.ID)
        .toList();
    List<PropertyModel> relations = properties.stream().filter(p -> p.kind() == PropertyKind.TO_ONE).toList();
    for (PropertyModel relation : relations) {
      RelationModel target = relation.relation().orElseThrow();
      CodeBlock find = CodeBlock.of("in.find($T.class, request.$N(), $S)", Types.className(target.target()),
          relation.jsonName(), relation.jsonName());
      if (create) {
        method.addStatement("$T $L = $L", Types.className(target.target()), relatedVariable(relation), find);
      } else {
        // the related entity it already holds needs no select (a PATCH of another field, a PUT that keeps it)
        method.addStatement("$T $L = $T.equals(request.$N(), $L) ? $L : $L", Types.className(target.target()),
            relatedVariable(relation), Libs.OBJECTS, relation.jsonName(), PropertyAccess.readJsonValue("entity", relation),
            PropertyAccess.read("entity", relation), find);
      }
    }
    if (!relations.isEmpty()) {
      method.addStatement("in.throwIfInvalid()");
    }
    for (PropertyModel property : properties) {
      addWrite(method, property, create);
    }
    if (create && isAssignedUuid() && !entity.surfaces().create().contains(entity.id().name())) {
      // an assigned UUID id that the create surface does not carry is made here
      method.addStatement(PropertyAccess.write("entity", entity.id(), CodeBlock.of("$T.randomUUID()", Libs.UUID)));
    }
    return method.build();
  }

  /** Those the mapping alone requires, left out of the body and given no value by the entity's constructor. */
  private MethodSpec missingAfterCreate(List<PropertyModel> checked) {
    MethodSpec.Builder method = hook("missingAfterCreate", Libs.LIST_OF_STRING)
        .addParameter(entityClass, "entity")
        .addStatement("$T<String> missing = new $T<>()", Libs.LIST, Libs.ARRAY_LIST);
    for (PropertyModel property : checked) {
      method.beginControlFlow("if ($L == null)", PropertyAccess.read("entity", property))
          .addStatement("missing.add($S)", property.jsonName())
          .endControlFlow();
    }
    return method.addStatement("return missing").build();
  }

  /** One query per unique value that is set, so only entities with unique fields pay for it. */
  private MethodSpec takenUnique(List<PropertyModel> unique) {
    MethodSpec.Builder method = hook("takenUnique", Libs.LIST_OF_STRING)
        .addParameter(entityClass, "entity")
        .addParameter(ResourceMappingHooks.TAKEN, "taken")
        .addStatement("$T<String> fields = new $T<>()", Libs.LIST, Libs.ARRAY_LIST);
    for (PropertyModel property : unique) {
      CodeBlock value = PropertyAccess.read("entity", property);
      CodeBlock test = CodeBlock.of("taken.test($S, $L)", property.name(), value);
      method.beginControlFlow(property.value().primitive() ? "if ($L)" : "if ($L != null && $L)",
              property.value().primitive() ? new Object[] {test} : new Object[] {value, test})
          .addStatement("fields.add($S)", property.jsonName())
          .endControlFlow();
    }
    return method.addStatement("return fields").build();
  }

  private static String relatedVariable(PropertyModel relation) {
    return "related" + PropertyAccess.capitalize(relation.name());
  }

  /**
   * On create, a value the request leaves out (or sends as null) keeps what the entity's constructor set
   * ({@code status = Status.OPEN}); on update (PUT replaces the whole surface) it clears the property.
   */
  private void addWrite(MethodSpec.Builder method, PropertyModel property, boolean create) {
    CodeBlock value = CodeBlock.of("request.$N()", property.jsonName());
    CodeBlock stored = stored(property, value);
    if (create && property.kind() == PropertyKind.TO_ONE) {
      method.beginControlFlow("if ($L != null)", relatedVariable(property))
          .addStatement(PropertyAccess.write("entity", property, CodeBlock.of("$L", relatedVariable(property))))
          .endControlFlow();
    } else if (property.kind() == PropertyKind.TO_ONE) {
      method.addStatement(PropertyAccess.write("entity", property, CodeBlock.of("$L", relatedVariable(property))));
    } else if (property.kind() == PropertyKind.ID && isAssignedUuid()) {
      method.addStatement(PropertyAccess.write("entity", property,
          CodeBlock.of("$L != null ? $L : $T.randomUUID()", value, value, Libs.UUID)));
    } else if (property.value().primitive() || create) {
      method.beginControlFlow("if ($L != null)", value)
          .addStatement(PropertyAccess.write("entity", property, stored))
          .endControlFlow();
    } else {
      method.addStatement(PropertyAccess.write("entity", property, stored));
    }
  }

  /**
   * A decimal with a known scale ({@code @Digits(fraction)}, declared or implied by {@code @Column(precision, scale)})
   * is written at that scale, rounded half up as H2 and PostgreSQL round on insert, so that a write answers what
   * a read of the row shows ({@code 12.5} is {@code 12.50}) without reading the row again.
   */
  private CodeBlock stored(PropertyModel property, CodeBlock value) {
    if (property.kind() != PropertyKind.SCALAR || property.value().kind() != ScalarKind.BIG_DECIMAL) {
      return value;
    }
    return property.constraint("Digits")
        .map(digits -> digits.attributes().get("fraction"))
        .filter(Long.class::isInstance)
        .map(fraction -> CodeBlock.of("$T.scaled($L, $L)", names.requestReader(), value, fraction))
        .orElse(value);
  }

  private boolean isAssignedUuid() {
    return !entity.id().generated() && entity.id().value().kind() == ScalarKind.UUID && entity.id().access().writable();
  }

  /** The entity's update surface as JSON, member by member so the project's naming strategy cannot interfere. */
  private MethodSpec currentUpdate() {
    MethodSpec.Builder method = hook("currentUpdate", TypeName.VOID)
        .addParameter(entityClass, "entity")
        .addParameter(names.objectNode(), "node")
        .addParameter(names.requestReader(), "out");
    for (PropertyModel property : entity.surface(SurfaceKind.UPDATE)) {
      method.addStatement("out.put(node, $S, $L)", property.jsonName(), PropertyAccess.readJsonValue("entity", property));
    }
    return method.build();
  }

  /**
   * Reads a related entity's id. A getter is safe on a lazy proxy (the provider answers it without loading);
   * a public field of a proxy is never filled, so a field id is asked of the persistence unit instead.
   */
  private static MethodSpec relationId(PropertyModel property) {
    RelationModel relation = property.relation().orElseThrow();
    TypeName id = Types.boxed(property);
    MethodSpec.Builder method = MethodSpec.methodBuilder(PropertyAccess.relationIdHelper(property))
        .addModifiers(Modifier.PRIVATE)
        .returns(id)
        .addParameter(Types.className(relation.target()), "related");
    if (relation.targetIdAccess().getter().isPresent()) {
      method.addStatement("return related == null ? null : $L", PropertyAccess.read("related", relation.targetIdAccess()));
    } else {
      method.addStatement("return related == null ? null : ($T) operations().identifier(related)", id);
    }
    return method.build();
  }
}
