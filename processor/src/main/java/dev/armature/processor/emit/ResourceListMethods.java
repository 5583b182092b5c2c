package dev.armature.processor.emit;

import static dev.armature.processor.emit.ResourceOperationsEmitter.E;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import javax.lang.model.element.Modifier;

/**
 * The list transaction of {@code ResourceOperations}: a Criteria query for the page and one for its
 * count, filtered by the resource's {@code ListFilter}s and sorted by the requested orders, then by the id
 * so pages are stable. The page loads no relation (an empty fetch graph): items show a to-one relation as
 * its id, which the row holds, and no collection.
 */
final class ResourceListMethods {
  private static final WildcardTypeName ANY = WildcardTypeName.subtypeOf(Object.class);
  private final Names names;

  ResourceListMethods(Names names) {
    this.names = names;
  }

  static AnnotationSpec readOnly() {
    return AnnotationSpec.builder(Libs.TRANSACTIONAL).addMember("readOnly", "true").build();
  }

  MethodSpec list() {
    TypeName root = ParameterizedTypeName.get(Libs.ROOT, E);
    return MethodSpec.methodBuilder("list")
        .addJavadoc("A page of list items; {@code filterValues} are in the order of the resource's filters (null = not filtered).\n")
        .addAnnotation(readOnly())
        .addModifiers(Modifier.PUBLIC)
        .addTypeVariable(E)
        .returns(ParameterizedTypeName.get(names.pageResponse(), Libs.OBJECT))
        .addParameter(ParameterizedTypeName.get(names.resourceController(), E, ANY, ANY, ANY), "resource")
        .addParameter(names.listQuery(), "query")
        .addParameter(ArrayTypeName.of(Libs.OBJECT), "filterValues")
        .addStatement("$T<$T> descriptor = resource.descriptor()", names.resourceDescriptor(), E)
        .addStatement("$T cb = entityManager.getCriteriaBuilder()", Libs.CRITERIA_BUILDER)
        .addStatement("$T select = cb.createQuery(descriptor.entityType())", ParameterizedTypeName.get(Libs.CRITERIA_QUERY, E))
        .addStatement("$T root = select.from(descriptor.entityType())", root)
        .addStatement("select.select(root).where(predicates(cb, root, descriptor, filterValues))"
            + ".orderBy(orders(cb, root, query, descriptor.idName()))")
        .addComment("An empty fetch graph: every relation is lazy here, EAGER ones included, so a page is one select")
        .addComment("rather than one more per row and relation (a to-one is a proxy, whose id the item shows unread).")
        .addStatement("$T<Object> content = entityManager.createQuery(select)\n"
            + ".setHint($S, entityManager.createEntityGraph(descriptor.entityType()))\n"
            + ".setFirstResult(query.offset())\n"
            + ".setMaxResults(query.size())\n"
            + ".getResultList().stream().map(resource::toListItem).toList()", Libs.LIST, "jakarta.persistence.fetchgraph")
        .addStatement("return $T.of(content, query.size(), query.page(), total(descriptor, query, content.size(), filterValues))",
            names.pageResponse())
        .build();
  }

  /**
   * The total behind a page: a page that is not full tells it without a count query (the first page,
   * or a non-empty later one: offset + items), as Spring Data's {@code PageableExecutionUtils} does.
   */
  MethodSpec total() {
    TypeName root = ParameterizedTypeName.get(Libs.ROOT, E);
    return MethodSpec.methodBuilder("total")
        .addModifiers(Modifier.PRIVATE)
        .addTypeVariable(E)
        .returns(long.class)
        .addParameter(ParameterizedTypeName.get(names.resourceDescriptor(), E), "descriptor")
        .addParameter(names.listQuery(), "query")
        .addParameter(int.class, "items")
        .addParameter(ArrayTypeName.of(Libs.OBJECT), "filterValues")
        .beginControlFlow("if (items < query.size() && (items > 0 || query.offset() == 0))")
        .addStatement("return (long) query.offset() + items")
        .endControlFlow()
        .addStatement("$T cb = entityManager.getCriteriaBuilder()", Libs.CRITERIA_BUILDER)
        .addStatement("$T count = cb.createQuery($T.class)",
            ParameterizedTypeName.get(Libs.CRITERIA_QUERY, ClassName.get(Long.class)), Long.class)
        .addStatement("$T countRoot = count.from(descriptor.entityType())", root)
        .addStatement("count.select(cb.count(countRoot)).where(predicates(cb, countRoot, descriptor, filterValues))")
        .addStatement("return entityManager.createQuery(count).getSingleResult()")
        .build();
  }

  MethodSpec predicates() {
    return MethodSpec.methodBuilder("predicates")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(Libs.JPA_PREDICATE))
        .addParameter(Libs.CRITERIA_BUILDER, "cb")
        .addParameter(ParameterizedTypeName.get(Libs.ROOT, ANY), "root")
        .addParameter(ParameterizedTypeName.get(names.resourceDescriptor(), ANY), "descriptor")
        .addParameter(ArrayTypeName.of(Libs.OBJECT), "filterValues")
        .addStatement("$T<$T> predicates = new $T<>()", Libs.LIST, Libs.JPA_PREDICATE, Libs.ARRAY_LIST)
        .beginControlFlow("for (int i = 0; i < filterValues.length; i++)")
        .beginControlFlow("if (filterValues[i] != null)")
        .addStatement("predicates.add(descriptor.filters().get(i).predicate(cb, root, filterValues[i]))")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return predicates.toArray(new $T[0])", Libs.JPA_PREDICATE)
        .build();
  }

  MethodSpec orders() {
    return MethodSpec.methodBuilder("orders")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(Libs.LIST, Libs.JPA_ORDER))
        .addParameter(Libs.CRITERIA_BUILDER, "cb")
        .addParameter(ParameterizedTypeName.get(Libs.ROOT, ANY), "root")
        .addParameter(names.listQuery(), "query")
        .addParameter(Libs.STRING, "idName")
        .addStatement("$T<$T> orders = new $T<>()", Libs.LIST, Libs.JPA_ORDER, Libs.ARRAY_LIST)
        .addStatement("boolean byId = false")
        .beginControlFlow("for ($T order : query.sort())", names.sortOrder())
        .addStatement("orders.add(order.ascending() ? cb.asc(root.get(order.property())) : cb.desc(root.get(order.property())))")
        .addStatement("byId |= order.property().equals(idName)")
        .endControlFlow()
        .beginControlFlow("if (!byId)")
        .addStatement("orders.add(cb.asc(root.get(idName)))")
        .endControlFlow()
        .addStatement("return orders")
        .build();
  }

  /** The entity's simple name, as problem details name it ({@code No Book with id 7}). */
  MethodSpec name() {
    return MethodSpec.methodBuilder("name")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Libs.STRING)
        .addParameter(ParameterizedTypeName.get(names.resourceController(), ANY, ANY, ANY, ANY), "resource")
        .addStatement("return resource.descriptor().entityType().getSimpleName()")
        .build();
  }
}
