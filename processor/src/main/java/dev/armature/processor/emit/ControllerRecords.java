package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.armature.annotations.Operation;
import dev.armature.processor.model.ConstraintModel;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyModel;
import dev.armature.processor.model.SurfaceKind;
import javax.lang.model.element.Modifier;

/**
 * The records nested in a generated controller: {@code Response} and {@code ListItem} (the read and list
 * surfaces), {@code CreateRequest} and {@code UpdateRequest} (with the entity's constraints, declared and
 * implied; on create without a primitive's implied {@code @NotNull}), or one {@code Request} for both when
 * the two surfaces and their constraints are the same. Components are named by JSON name ({@code authorId}) and boxed, so {@code null} means "not given".
 */
final class ControllerRecords {
  private final Names names;
  private final EntityModel entity;

  ControllerRecords(Names names, EntityModel entity) {
    this.names = names;
    this.entity = entity;
  }

  void addTo(TypeSpec.Builder type) {
    type.addType(record(names.response(entity), "A response body of {@code $L}: the {@code $L} surface.\n",
        SurfaceKind.READ, false));
    if (entity.has(Operation.LIST) && entity.surfaces().listDiffersFromRead()) {
      type.addType(record(names.listItem(entity), "An item of a list of {@code $L}: the {@code $L} surface.\n",
          SurfaceKind.LIST, false));
    }
    if (Names.oneRequestRecord(entity)) {
      type.addType(recordOf(names.createRequest(entity), SurfaceKind.CREATE, true)
          .addJavadoc("A create ({@code POST}) or update ({@code PUT} and {@code PATCH}) request body of {@code $L}:\n"
              + "the {@code create} and {@code update} surfaces, which are the same.\n", entity.simpleName())
          .build());
      return;
    }
    if (ControllerEmitter.hasCreate(entity)) {
      type.addType(record(names.createRequest(entity),
          "A create ({@code POST}) request body of {@code $L}: the {@code $L} surface.\n", SurfaceKind.CREATE, true));
    }
    if (ControllerEmitter.hasUpdate(entity)) {
      type.addType(record(names.updateRequest(entity),
          "An update ({@code PUT} and {@code PATCH}) request body of {@code $L}: the {@code $L} surface.\n",
          SurfaceKind.UPDATE, true));
    }
  }

  private TypeSpec record(ClassName name, String javadoc, SurfaceKind kind, boolean constraints) {
    return recordOf(name, kind, constraints)
        .addJavadoc(javadoc, entity.simpleName(), kind.surfaceName())
        .build();
  }

  private TypeSpec.Builder recordOf(ClassName name, SurfaceKind kind, boolean constraints) {
    MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
    for (PropertyModel property : entity.surface(kind)) {
      ParameterSpec.Builder component = ParameterSpec.builder(Types.boxed(property), property.jsonName());
      if (constraints) {
        for (ConstraintModel constraint : property.constraintsIn(kind)) {
          component.addAnnotation(Types.annotation(constraint));
        }
      }
      constructor.addParameter(component.build());
    }
    return TypeSpec.recordBuilder(name).addModifiers(Modifier.PUBLIC).recordConstructor(constructor.build());
  }
}
