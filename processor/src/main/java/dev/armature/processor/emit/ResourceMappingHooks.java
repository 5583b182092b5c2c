package dev.armature.processor.emit;

import static dev.armature.processor.emit.ResourceOperationsEmitter.E;
import static dev.armature.processor.emit.ResourceOperationsEmitter.ID;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import javax.lang.model.element.Modifier;

/**
 * The methods of {@code ResourceController} a generated controller overrides to say how its entity maps:
 * id and version, entity to response records, request body to request record, request record onto the
 * entity, and the current update surface (the target of a merge patch). Those of operations a resource
 * does not have are never called; they fail loudly if they were.
 */
final class ResourceMappingHooks {
  private static final TypeVariableName C = TypeVariableName.get("C");
  private static final TypeVariableName U = TypeVariableName.get("U");
  static final TypeName TAKEN = ParameterizedTypeName.get(ClassName.get("java.util.function", "BiPredicate"),
      Libs.STRING, Libs.OBJECT);
  private final Names names;

  ResourceMappingHooks(Names names) {
    this.names = names;
  }

  void addTo(TypeSpec.Builder type) {
    type.addMethod(hook("id", ID, "The id of the entity.").addModifiers(Modifier.ABSTRACT)
            .addParameter(E, "entity").build())
        .addMethod(hook("version", Libs.OBJECT, "The {@code @Version} of the entity, the value of its {@code ETag}; null without one.")
            .addParameter(E, "entity").addStatement("return null").build())
        .addMethod(hook("toResponse", Libs.OBJECT, "The read surface of the entity, as a response record.")
            .addModifiers(Modifier.ABSTRACT).addParameter(E, "entity").build())
        .addMethod(hook("toListItem", Libs.OBJECT, "The list surface of the entity; the read surface unless it differs.")
            .addParameter(E, "entity").addStatement("return toResponse(entity)").build())
        .addMethod(unsupported(hook("readCreate", C, "The create record of a body, field by field.")
            .addParameter(names.jsonNode(), "body").addParameter(names.requestReader(), "in")))
        .addMethod(unsupported(hook("applyCreate", TypeName.VOID, "Writes a create record onto a new entity.")
            .addParameter(C, "request").addParameter(E, "entity").addParameter(names.requestReader(), "in")))
        .addMethod(hook("missingAfterCreate", Libs.LIST_OF_STRING,
            "The JSON fields of a new entity that only its mapping requires and that are still null once the\n"
            + "create record is applied: neither the request nor the entity's constructor gave them a value.")
            .addParameter(E, "entity").addStatement("return $T.of()", Libs.LIST).build())
        .addMethod(hook("takenUnique", Libs.LIST_OF_STRING,
            "The JSON fields of the entity's unique values (not null) that {@code taken} says another row already\n"
            + "has; {@code taken} is given the attribute name and the value. None without unique fields.")
            .addParameter(E, "entity").addParameter(TAKEN, "taken").addStatement("return $T.of()", Libs.LIST).build())
        .addMethod(unsupported(hook("readUpdate", U, "The update record of a body (or of a merged patch), field by field.")
            .addParameter(names.jsonNode(), "body").addParameter(names.requestReader(), "in")))
        .addMethod(unsupported(hook("applyUpdate", TypeName.VOID, "Writes an update record onto the entity.")
            .addParameter(U, "request").addParameter(E, "entity").addParameter(names.requestReader(), "in")))
        .addMethod(unsupported(hook("currentUpdate", TypeName.VOID,
            "Writes the entity's update surface into {@code node}, the target of a merge patch.")
            .addParameter(E, "entity").addParameter(names.objectNode(), "node").addParameter(names.requestReader(), "out")));
  }

  private static MethodSpec.Builder hook(String name, TypeName returns, String javadoc) {
    return MethodSpec.methodBuilder(name).addJavadoc(javadoc + "\n").addModifiers(Modifier.PROTECTED).returns(returns);
  }

  private static MethodSpec unsupported(MethodSpec.Builder hook) {
    return hook.addStatement("throw new $T($S)", UnsupportedOperationException.class,
        "not an operation of this resource").build();
  }
}
