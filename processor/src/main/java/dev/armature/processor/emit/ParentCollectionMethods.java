package dev.armature.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.WildcardTypeName;
import javax.lang.model.element.Modifier;

/**
 * The methods of {@code ResourceOperations} that make a DELETE delete (issue 9): an entity held in a loaded
 * parent's collection that cascades PERSIST is persisted again at flush (JPA 3.2.2), silently, so the
 * delete first takes it out of the collections of the parents it references, read from the JPA metamodel
 * (which knows every mapped collection, including those of entities that are not resources). Where that
 * cannot reach (a unidirectional collection, an uninitialised proxy), the entity is still managed after the
 * flush, and the delete answers 409 rather than a 204 that did not happen.
 */
final class ParentCollectionMethods {
  private static final String JPA_META = "jakarta.persistence.metamodel";
  private static final ClassName UNIT_UTIL = ClassName.get("jakarta.persistence", "PersistenceUnitUtil");
  private static final ClassName METAMODEL = ClassName.get(JPA_META, "Metamodel");
  private static final ClassName SINGULAR = ClassName.get(JPA_META, "SingularAttribute");
  private static final ClassName PLURAL = ClassName.get(JPA_META, "PluralAttribute");
  private static final ClassName MANAGED_TYPE = ClassName.get(JPA_META, "ManagedType");
  private static final ClassName MEMBER = ClassName.get("java.lang.reflect", "Member");
  private static final ClassName FIELD = ClassName.get("java.lang.reflect", "Field");
  private static final ClassName METHOD = ClassName.get("java.lang.reflect", "Method");
  private static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
  private static final ClassName MAP = ClassName.get("java.util", "Map");

  MethodSpec releaseFromParents() {
    WildcardTypeName any = WildcardTypeName.subtypeOf(Object.class);
    return MethodSpec.methodBuilder("releaseFromParents")
        .addJavadoc("Takes {@code child} out of the loaded collections of the entities its to-one relations point to.\n")
        .addModifiers(Modifier.PRIVATE)
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), any), "type")
        .addParameter(Object.class, "child")
        .addStatement("$T loaded = entityManager.getEntityManagerFactory().getPersistenceUnitUtil()", UNIT_UTIL)
        .addStatement("$T metamodel = entityManager.getMetamodel()", METAMODEL)
        .beginControlFlow("for ($T attribute : metamodel.entity(type).getSingularAttributes())",
            ParameterizedTypeName.get(SINGULAR, any, any))
        .beginControlFlow("if (!attribute.isAssociation() || !loaded.isLoaded(child, attribute.getName()))")
        .addStatement("continue")
        .endControlFlow()
        .addStatement("$T parent = memberValue(attribute.getJavaMember(), child)", Object.class)
        .beginControlFlow("if (parent == null)")
        .addStatement("continue")
        .endControlFlow()
        .addStatement("$T parentType = metamodel.managedType(attribute.getJavaType())", ParameterizedTypeName.get(MANAGED_TYPE, any))
        .beginControlFlow("for ($T collection : parentType.getPluralAttributes())",
            ParameterizedTypeName.get(PLURAL, any, any, any))
        .beginControlFlow("if (!collection.getElementType().getJavaType().isInstance(child) || !loaded.isLoaded(parent, collection.getName()))")
        .addStatement("continue")
        .endControlFlow()
        .addStatement("$T held = memberValue(collection.getJavaMember(), parent)", Object.class)
        .beginControlFlow("if (held instanceof $T<?> elements)", COLLECTION)
        .addStatement("elements.remove(child)")
        .nextControlFlow("else if (held instanceof $T<?, ?> entries)", MAP)
        .addStatement("entries.values().remove(child)")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  MethodSpec memberValue() {
    return MethodSpec.methodBuilder("memberValue")
        .addJavadoc("The value of a mapped field or getter; null when it cannot be read (then the flush check decides).\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Object.class)
        .addParameter(MEMBER, "member")
        .addParameter(Object.class, "target")
        .beginControlFlow("try")
        .beginControlFlow("if (member instanceof $T field && field.trySetAccessible())", FIELD)
        .addStatement("return field.get(target)")
        .endControlFlow()
        .beginControlFlow("if (member instanceof $T method && method.trySetAccessible())", METHOD)
        .addStatement("return method.invoke(target)")
        .endControlFlow()
        .nextControlFlow("catch ($T | $T e)", ReflectiveOperationException.class, RuntimeException.class)
        .addStatement("return null")
        .endControlFlow()
        .addStatement("return null")
        .build();
  }
}
