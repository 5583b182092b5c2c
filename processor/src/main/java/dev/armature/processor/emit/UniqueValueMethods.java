package dev.armature.processor.emit;

import static dev.armature.processor.emit.ResourceOperationsEmitter.E;
import static dev.armature.processor.emit.ResourceOperationsEmitter.ID;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import javax.lang.model.element.Modifier;

/**
 * The methods of {@code ResourceOperations} that check a resource's {@code @Column(unique = true)} values
 * before a write (issue 409), so a taken value is a 409 naming the field rather than the advice's generic
 * one for a constraint violation; that constraint remains the backstop for concurrent writes.
 */
final class UniqueValueMethods {
  private static final ClassName FLUSH_MODE = ClassName.get("jakarta.persistence", "FlushModeType");
  private final Names names;
  private final ResourceOperationsEmitter operations;

  UniqueValueMethods(Names names, ResourceOperationsEmitter operations) {
    this.names = names;
    this.operations = operations;
  }

  MethodSpec checkUnique() {
    WildcardTypeName any = WildcardTypeName.subtypeOf(Object.class);
    return MethodSpec.methodBuilder("checkUnique")
        .addJavadoc("A 409 naming each unique field whose value a row other than {@code id} (any row when null) has;\n"
            + "a value equal to the one in {@code unchanged} (the entity's before an update) is not looked up.\n")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariables(java.util.List.of(E, ID))
        .addParameter(operations.resource(any, any), "resource")
        .addParameter(E, "entity")
        .addParameter(ID, "id")
        .addParameter(ParameterizedTypeName.get(Libs.MAP, Libs.STRING, Libs.OBJECT), "unchanged")
        .addStatement("$T fields = resource.takenUnique(entity, (attribute, value) -> !$T.equals(unchanged.get(attribute), value)\n"
            + "&& taken(resource.descriptor(), attribute, value, id))", Libs.LIST_OF_STRING, Libs.OBJECTS)
        .beginControlFlow("if (!fields.isEmpty())")
        .addStatement("$T entityName = resource.descriptor().entityType().getSimpleName()", Libs.STRING)
        .addStatement("throw $T.conflict($S + entityName + $S + $T.join($S, fields), fields.stream()"
                + ".map(field -> new $T(field, $S + entityName + $S)).toList())",
            names.apiProblemException(), "Another ", " already has the same ", Libs.STRING, ", ",
            names.problemFieldError(), "another ", " already has this value")
        .endControlFlow()
        .build();
  }

  /** A count, not a load; COMMIT flush mode so the pending change of a PUT is not flushed (and failed) first. */
  MethodSpec taken() {
    TypeName descriptor = ParameterizedTypeName.get(names.resourceDescriptor(), E);
    return MethodSpec.methodBuilder("taken")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariable(E)
        .returns(TypeName.BOOLEAN)
        .addParameter(descriptor, "descriptor")
        .addParameter(Libs.STRING, "attribute")
        .addParameter(Libs.OBJECT, "value")
        .addParameter(Libs.OBJECT, "id")
        .addStatement("$T cb = entityManager.getCriteriaBuilder()", Libs.CRITERIA_BUILDER)
        .addStatement("$T<$T> query = cb.createQuery($T.class)", Libs.CRITERIA_QUERY, Long.class, Long.class)
        .addStatement("$T<$T> root = query.from(descriptor.entityType())", Libs.ROOT, E)
        .addStatement("$T same = cb.equal(root.get(attribute), value)", Libs.JPA_PREDICATE)
        .addStatement("query.select(cb.count(root)).where(id == null ? same : cb.and(same, "
            + "cb.notEqual(root.get(descriptor.idName()), id)))")
        .addStatement("return entityManager.createQuery(query).setFlushMode($T.COMMIT).getSingleResult() > 0", FLUSH_MODE)
        .build();
  }
}
