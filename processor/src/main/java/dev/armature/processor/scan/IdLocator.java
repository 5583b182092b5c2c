package dev.armature.processor.scan;

import dev.armature.processor.model.Access;
import dev.armature.processor.model.TypeRef;
import dev.armature.processor.model.ValueType;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** Finds the single {@code @Id} of any entity, for relations to it (it need not be an {@code @ApiResource}). */
final class IdLocator {
  /** The related entity's id: its name, how to read it, its type. */
  record TargetId(String name, Access access, ValueType type) {}

  private final PropertyCollector collector;
  private final ValueTypes valueTypes;
  private final Map<String, Optional<TargetId>> cache = new HashMap<>();

  IdLocator(PropertyCollector collector, ValueTypes valueTypes) {
    this.collector = collector;
    this.valueTypes = valueTypes;
  }

  Optional<TargetId> locate(TypeElement entity) {
    return cache.computeIfAbsent(entity.getQualifiedName().toString(), k -> find(entity));
  }

  Optional<ValueType> idValueType(TypeRef entity) {
    return cache.getOrDefault(entity.canonicalName(), Optional.empty()).map(TargetId::type);
  }

  private Optional<TargetId> find(TypeElement entity) {
    var ids = collector.collect(entity).stream()
        .filter(p -> p.annotated().stream().anyMatch(e -> Annotations.jpa(e, "Id").isPresent()))
        .toList();
    if (ids.size() != 1) {
      return Optional.empty();
    }
    RawProperty id = ids.get(0);
    if (id.getterName() == null && !id.publicField()) {
      return Optional.empty();
    }
    Access access = id.getterName() != null ? Access.accessors(id.getterName(), null) : Access.field(id.name());
    return valueTypes.classify(id.type()).map(t -> new TargetId(id.name(), access, t));
  }
}
