package dev.armature.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.armature.processor.model.EntityModel;
import dev.armature.processor.model.PropertyKind;
import dev.armature.processor.model.PropertyModel;
import javax.lang.model.element.Modifier;

/**
 * The service's list query: Criteria API for the page and its count, filters (strings by case-insensitive
 * substring with {@code %}, {@code _} and {@code \} escaped; others by equality; relations by related id)
 * and sort orders ending with the id, so pages are stable.
 */
final class ServiceListMethods {
  private final Names names;
  private final EntityModel entity;
  private final ClassName entityClass;
  private final TypeName root;

  ServiceListMethods(Names names, EntityModel entity) {
    this.names = names;
    this.entity = entity;
    this.entityClass = Types.className(entity.type());
    this.root = ParameterizedTypeName.get(Libs.ROOT, entityClass);
  }

  MethodSpec list() {
    ClassName item = names.listItem(entity);
    String toItem = entity.surfaces().listDiffersFromRead() ? "toListItem" : "toResponse";
    return MethodSpec.methodBuilder("list")
        .addAnnotation(readOnly())
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(names.pageResponse(), item))
        .addParameter(names.listQuery(), "query")
        .addParameter(names.filter(entity), "filter")
        .addStatement("$T cb = entityManager.getCriteriaBuilder()", Libs.CRITERIA_BUILDER)
        .addStatement("$T select = cb.createQuery($T.class)", ParameterizedTypeName.get(Libs.CRITERIA_QUERY, entityClass), entityClass)
        .addStatement("$T root = select.from($T.class)", root, entityClass)
        .addStatement("select.select(root).where(predicates(cb, root, filter)).orderBy(orders(cb, root, query))")
        .addStatement("$T<$T> content = entityManager.createQuery(select)\n"
            + ".setFirstResult(query.offset())\n"
            + ".setMaxResults(query.size())\n"
            + ".getResultList().stream().map(mapper::$L).toList()", Libs.LIST, item, toItem)
        .addStatement("$T count = cb.createQuery($T.class)", ParameterizedTypeName.get(Libs.CRITERIA_QUERY, ClassName.get(Long.class)), Long.class)
        .addStatement("$T countRoot = count.from($T.class)", root, entityClass)
        .addStatement("count.select(cb.count(countRoot)).where(predicates(cb, countRoot, filter))")
        .addStatement("long total = entityManager.createQuery(count).getSingleResult()")
        .addStatement("return $T.of(content, query.size(), query.page(), total)", names.pageResponse())
        .build();
  }

  static com.palantir.javapoet.AnnotationSpec readOnly() {
    return com.palantir.javapoet.AnnotationSpec.builder(Libs.TRANSACTIONAL).addMember("readOnly", "true").build();
  }

  MethodSpec predicates() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("predicates")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ArrayTypeName.of(Libs.JPA_PREDICATE))
        .addParameter(Libs.CRITERIA_BUILDER, "cb")
        .addParameter(root, "root")
        .addParameter(names.filter(entity), "filter")
        .addStatement("$T<$T> predicates = new $T<>()", Libs.LIST, Libs.JPA_PREDICATE, Libs.ARRAY_LIST);
    for (PropertyModel property : entity.searchable()) {
      method.beginControlFlow("if (filter.$N() != null)", property.jsonName());
      if (property.kind() == PropertyKind.TO_ONE) {
        method.addStatement("predicates.add(cb.equal(root.get($S).get($S), filter.$N()))", property.name(),
            property.relation().orElseThrow().targetIdName(), property.jsonName());
      } else if (property.value().kind().substringFilter()) {
        method.addStatement("predicates.add(cb.like(cb.lower(root.<$T>get($S)), contains(filter.$N()), '\\\\'))",
            String.class, property.name(), property.jsonName());
      } else {
        method.addStatement("predicates.add(cb.equal(root.get($S), filter.$N()))", property.name(), property.jsonName());
      }
      method.endControlFlow();
    }
    return method.addStatement("return predicates.toArray(new $T[0])", Libs.JPA_PREDICATE).build();
  }

  /** Only when a string is searchable. */
  boolean needsContains() {
    return entity.searchable().stream()
        .anyMatch(p -> p.kind() != PropertyKind.TO_ONE && p.value().kind().substringFilter());
  }

  MethodSpec contains() {
    return MethodSpec.methodBuilder("contains")
        .addJavadoc("A LIKE pattern matching {@code value} anywhere, case-insensitively, its wildcards taken literally.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(String.class)
        .addParameter(String.class, "value")
        .addStatement("return $S + value.toLowerCase($T.ROOT).replace($S, $S).replace($S, $S).replace($S, $S) + $S",
            "%", Libs.LOCALE, "\\", "\\\\", "%", "\\%", "_", "\\_", "%")
        .build();
  }

  MethodSpec orders() {
    String id = entity.id().name();
    return MethodSpec.methodBuilder("orders")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(Libs.LIST, Libs.JPA_ORDER))
        .addParameter(Libs.CRITERIA_BUILDER, "cb")
        .addParameter(root, "root")
        .addParameter(names.listQuery(), "query")
        .addStatement("$T<$T> orders = new $T<>()", Libs.LIST, Libs.JPA_ORDER, Libs.ARRAY_LIST)
        .addStatement("boolean byId = false")
        .beginControlFlow("for ($T order : query.sort())", names.sortOrder())
        .addStatement("orders.add(order.ascending() ? cb.asc(root.get(order.property())) : cb.desc(root.get(order.property())))")
        .addStatement("byId |= order.property().equals($S)", id)
        .endControlFlow()
        .beginControlFlow("if (!byId)")
        .addStatement("orders.add(cb.asc(root.get($S)))", id)
        .endControlFlow()
        .addStatement("return orders")
        .build();
  }
}
